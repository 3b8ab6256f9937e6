package org.samskab.action.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import org.samskab.action.ActionService;
import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardReader.NoteSource;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkService;
import org.samskab.security.SignedInMember;

/**
 * An action from a note ({@code actions/new?note=…}): other pages (a harvest, a board) link here by address, so
 * they need not know this feature. The note is shown as the action's source; the action joins its gathering.
 */
@Route("actions/new")
@RolesAllowed(SignedInMember.ROLE_MEMBER)
class RecordActionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final BoardReader boardReader;
    private final NetworkService networks;
    private final NetworkAccess access;

    RecordActionView(ActionService actions, BoardReader boardReader, NetworkService networks, NetworkAccess access) {
        this.actions = actions;
        this.boardReader = boardReader;
        this.networks = networks;
        this.access = access;
        addClassNames("page", "narrow-page", "record-action-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("action.record-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NoteSource source;
        try {
            long noteId = Long.parseLong(event.getLocation().getQueryParameters().getSingleParameter("note")
                    .orElse(""));
            source = boardReader.source(noteId);
        } catch (NumberFormatException | ItemNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        removeAll();
        Anchor mine = new Anchor("actions", getTranslation("menu.actions"));
        mine.addClassName("back-link");
        add(mine, new H1(getTranslation("action.record-title")));
        Paragraph from = new Paragraph(getTranslation("action.from-label"));
        from.addClassName("action-source-label");
        Paragraph quote = new Paragraph(source.text());
        quote.addClassName("action-source-quote");
        var members = networks.membersByOrganisation(source.networkId(), getLocale()).stream()
                .flatMap(g -> g.members().stream()).sorted(Comparator.comparing(m -> m.displayName())).toList();
        RecordActionForm form = new RecordActionForm(actions, source.networkId(), source.gatheringId(),
                source.noteId(), members, access.currentMemberId(),
                made -> getUI().ifPresent(ui -> ui.navigate("actions")));
        add(from, quote, form, form.save);
    }
}
