package org.samskab.memory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.UserFacingException;
import org.samskab.board.NoteSearch;
import org.samskab.memory.SearchService;
import org.samskab.memory.SearchService.ActionHit;
import org.samskab.memory.SearchService.Found;
import org.samskab.memory.SearchService.Hit;
import org.samskab.network.NetworkService;
import org.samskab.security.SignedInMember;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/**
 * Searching the network's memory (issue 16): one field, the best notes first with where they were written, and
 * each hit opening its board at the note. The address carries the query ({@code ?q=}), so a search can be shared
 * and the browser's back button returns to it.
 */
@Route("networks/:networkId/search")
@RolesAllowed(SignedInMember.ROLE_MEMBER) // not a guest (docs/adr/0187)
class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField query = new TextField();
    final Button search = new Button();
    private final Div results = new Div();
    private final Paragraph status = new Paragraph();
    private final SearchService searches;
    private final NetworkService networks;
    private long networkId;

    SearchView(SearchService searches, NetworkService networks) {
        this.searches = searches;
        this.networks = networks;
        addClassNames("page", "search-view");
    }

    static String href(long networkId) {
        return "networks/" + networkId + "/search";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String networkName;
        try {
            networkId = Long.parseLong(event.getRouteParameters().get("networkId").orElse(""));
            networkName = networks.network(networkId).name();
        } catch (NumberFormatException | ItemNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        render(networkName);
        String asked = event.getLocation().getQueryParameters().getSingleParameter("q").orElse(null);
        if (asked != null && !asked.isBlank()) {
            query.setValue(asked);
            run();
        }
    }

    private void render(String networkName) {
        removeAll();
        Anchor back = new Anchor("networks/" + networkId, getTranslation("gathering.back", networkName));
        back.addClassName("back-link");
        H1 title = new H1(getTranslation("search.title"));
        query.setLabel(getTranslation("search.label", networkName));
        query.setHelperText(getTranslation("search.help"));
        query.setClearButtonVisible(true);
        query.addClassName("search-query");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        TextLimit.on(query, NoteSearch.QUERY_MAX);
        search.setText(getTranslation("search.button"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClassName("search-button");
        search.addClickListener(e -> run());
        search.addClickShortcut(Key.ENTER).listenOn(query);
        Div form = new Div(query, search);
        form.addClassName("search-form");
        form.getElement().setAttribute("role", "search");
        status.addClassName("search-status");
        // Read out when a search has run, without moving the member's focus from the field.
        status.getElement().setAttribute("role", "status");
        results.addClassName("search-results");
        add(back, title, form, status, results);
        query.focus();
    }

    private void run() {
        results.removeAll();
        status.setText("");
        query.setInvalid(false);
        Found found;
        try {
            found = searches.search(networkId, query.getValue(), getLocale());
        } catch (UserFacingException refusal) {
            query.setErrorMessage(UserMessages.text(this, refusal));
            query.setInvalid(true);
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, href(networkId) + "?q="
                + URLEncoder.encode(found.query(), StandardCharsets.UTF_8)));
        if (found.isEmpty()) {
            status.setText(getTranslation("search.nothing", found.query()));
            return;
        }
        status.setText(getTranslation("search.found-all", found.totalNotes(), found.totalActions(), found.query()));
        if (!found.titles().isEmpty()) {
            results.add(group("search.titles", found.titles().stream().map(this::hit).toList()));
        }
        if (!found.notes().isEmpty()) {
            results.add(group("search.notes", found.notes().stream().map(this::hit).toList()));
            if (found.totalNotes() > found.notes().size()) {
                results.add(more(found.notes().size()));
            }
        }
        if (!found.actions().isEmpty()) {
            results.add(group("search.actions", found.actions().stream().map(this::action).toList()));
            if (found.totalActions() > found.actions().size()) {
                results.add(more(found.actions().size()));
            }
        }
    }

    private Paragraph more(int shown) {
        Paragraph more = new Paragraph(getTranslation("search.more", shown));
        more.addClassName("search-more");
        return more;
    }

    private Div group(String headingKey, List<ListItem> hits) {
        H2 heading = new H2(getTranslation(headingKey));
        OrderedList list = new OrderedList();
        list.addClassName("search-hits");
        hits.forEach(list::add);
        Div group = new Div(heading, list);
        group.addClassName("search-group");
        return group;
    }

    private ListItem hit(Hit hit) {
        Anchor text = new Anchor(hit.href(), hit.text());
        text.addClassName("search-hit-text");
        List<String> where = new ArrayList<>();
        if (hit.noteId() != null) {
            where.add(hit.author() == null ? getTranslation("board.anonymous") : hit.author());
            where.add(hit.sectionTitle() == null ? hit.boardTitle() : hit.boardTitle() + " › " + hit.sectionTitle());
        } else if (hit.sectionTitle() != null) {
            where.add(hit.boardTitle());
        }
        if (hit.gatheringTitle() != null) {
            where.add(hit.gatheringTitle() + date(hit));
        }
        Span meta = new Span(String.join(" · ", where));
        meta.addClassName("search-hit-meta");
        ListItem item = new ListItem(text, meta);
        item.addClassName("search-hit");
        return item;
    }

    /** An action: what, then whose, how it stands, by when, and the gathering that agreed it. */
    private ListItem action(ActionHit action) {
        Anchor text = new Anchor(action.href(), action.text());
        text.addClassName("search-hit-text");
        List<String> about = new ArrayList<>(List.of(action.ownerName(), getTranslation(action.statusKey())));
        if (action.dueOn() != null) {
            about.add(getTranslation("action.due-on", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(getLocale()).format(action.dueOn())));
        }
        if (action.gatheringTitle() != null) {
            about.add(action.gatheringTitle());
        }
        Span meta = new Span(String.join(" · ", about));
        meta.addClassName("search-hit-meta");
        ListItem item = new ListItem(text, meta);
        item.addClassNames("search-hit", "search-hit-action");
        return item;
    }

    private String date(Hit hit) {
        if (hit.gatheringDate() == null) {
            return "";
        }
        return ", " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(hit.gatheringDate());
    }

    /** Opens the search page for {@code words} in the network (or an empty search). */
    static void open(com.vaadin.flow.component.UI ui, long networkId, @Nullable String words) {
        ui.navigate(href(networkId), words == null ? QueryParameters.empty() : QueryParameters.of("q", words));
    }
}
