package org.samskab.memory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.memory.HarvestExports;
import org.samskab.memory.HarvestService;
import org.samskab.memory.HarvestViews.Harvest;
import org.samskab.memory.HarvestViews.HarvestBoard;
import org.samskab.memory.HarvestViews.HarvestNote;
import org.samskab.memory.HarvestViews.HarvestSection;
import org.samskab.memory.HarvestViews.TookPart;
import org.samskab.security.SignedInMember;

/**
 * A closed gathering's harvest (issue 16): what it was and each board as it ended, on one page that reads on a
 * phone and prints from the browser (the navigation and buttons are left off the paper). Counts of who took part,
 * never names; anonymous posts say "Anonymous".
 */
@Route("gatherings/:gatheringId/harvest")
@RolesAllowed(SignedInMember.ROLE_MEMBER) // not a guest (docs/adr/0187)
class HarvestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final HarvestService harvests;
    private final HarvestExports exports;
    private @Nullable Harvest harvest;

    HarvestView(HarvestService harvests, HarvestExports exports) {
        this.harvests = harvests;
        this.exports = exports;
        addClassNames("page", "harvest-view");
    }

    static String href(long gatheringId) {
        return "gatherings/" + gatheringId + "/harvest";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("gatheringId").orElse(""));
            harvest = harvests.harvest(id, getLocale());
        } catch (NumberFormatException | ItemNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        } catch (InvalidInputException notClosed) {
            // Not closed yet: the gathering's own page says what is on.
            event.forwardTo("gatherings/" + event.getRouteParameters().get("gatheringId").orElse(""));
            return;
        }
        render(harvest);
    }

    @Override
    public String getPageTitle() {
        return harvest == null ? getTranslation("harvest.title-plain")
                : getTranslation("harvest.page-title", harvest.title());
    }

    private void render(Harvest harvest) {
        removeAll();
        Anchor back = new Anchor("gatherings/" + harvest.gatheringId(),
                getTranslation("harvest.back", harvest.title()));
        back.addClassNames("back-link", "harvest-no-print");
        Span label = new Span(getTranslation("harvest.label"));
        label.addClassName("harvest-label");
        H1 title = new H1(harvest.title());
        Div header = new Div(label, title);
        header.addClassNames("page-header", "harvest-header");
        add(back, header, details(harvest));
        if (harvest.purpose() != null) {
            Paragraph purpose = new Paragraph(harvest.purpose());
            purpose.addClassName("harvest-purpose");
            add(purpose);
        }
        if (harvest.publishedAt() == null) {
            Paragraph withheld = new Paragraph(getTranslation("gathering.withheld"));
            withheld.addClassName("gathering-withheld");
            add(withheld);
        }
        Button print = new Button(getTranslation("harvest.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassNames("harvest-print", "harvest-no-print");
        Div actions = new Div(print, new HarvestDownloads(exports, harvest.gatheringId()));
        actions.addClassNames("harvest-actions", "harvest-no-print");
        add(actions);
        if (harvest.boards().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(harvest.publishedAt() == null
                    ? "harvest.nothing-yet" : "harvest.no-boards"));
            empty.addClassName("empty-state");
            add(empty);
        } else {
            add(contents(harvest));
            harvest.boards().forEach(board -> add(board(board)));
        }
        if (!harvest.actions().isEmpty()) {
            add(actions(harvest));
        }
    }

    /** The actions agreed at the gathering: what, whose, by when, and how it went so far. */
    private Section actions(Harvest harvest) {
        Section section = new Section();
        section.addClassNames("harvest-board", "harvest-actions-agreed");
        section.setId("actions");
        H2 title = new H2(getTranslation("harvest.actions"));
        title.setId("actions-title");
        section.getElement().setAttribute("aria-labelledby", "actions-title");
        section.add(title);
        OrderedList list = new OrderedList();
        list.addClassName("harvest-notes");
        for (var action : harvest.actions()) {
            ListItem item = new ListItem();
            item.addClassName("harvest-note");
            Paragraph text = new Paragraph(action.text());
            text.addClassName("harvest-note-text");
            java.util.List<String> about = new java.util.ArrayList<>(java.util.List.of(action.ownerName(),
                    getTranslation(action.status().translationKey())));
            if (action.dueOn() != null) {
                about.add(getTranslation("action.due-on", java.time.format.DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(action.dueOn())));
            }
            Paragraph meta = new Paragraph(String.join(" · ", about));
            meta.addClassName("harvest-note-meta");
            item.add(text, meta);
            if (action.outcome() != null) {
                Paragraph outcome = new Paragraph(action.outcome());
                outcome.addClassName("harvest-note-links");
                item.add(outcome);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private DescriptionList details(Harvest harvest) {
        DescriptionList details = new DescriptionList();
        details.addClassName("gathering-details");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        details.add(new DescriptionList.Term(getTranslation("harvest.date")),
                new DescriptionList.Description(date.format(harvest.startsAt())));
        if (harvest.place() != null) {
            details.add(new DescriptionList.Term(getTranslation("field.place")),
                    new DescriptionList.Description(harvest.place()));
        }
        if (!harvest.facilitators().isEmpty()) {
            details.add(new DescriptionList.Term(getTranslation("field.facilitators")),
                    new DescriptionList.Description(String.join(", ", harvest.facilitators())));
        }
        details.add(new DescriptionList.Term(getTranslation("harvest.took-part")),
                new DescriptionList.Description(tookPart(harvest.tookPart())));
        return details;
    }

    private String tookPart(TookPart tookPart) {
        List<String> parts = new ArrayList<>();
        tookPart.byOrganisation().forEach((organisation, count) -> parts.add(organisation + " " + count));
        if (tookPart.withoutOrganisation() > 0) {
            parts.add(getTranslation("room.glance-without", tookPart.withoutOrganisation()));
        }
        if (tookPart.guests() > 0) {
            parts.add(getTranslation("harvest.guests", tookPart.guests()));
        }
        String total = getTranslation("harvest.took-part-count", tookPart.total());
        return parts.isEmpty() ? total : total + ": " + String.join(", ", parts);
    }

    /** The boards, as links to their part of the page: a long harvest is read in pieces on a phone. */
    private Nav contents(Harvest harvest) {
        UnorderedList list = new UnorderedList();
        for (HarvestBoard board : harvest.boards()) {
            Anchor link = new Anchor("#" + boardAnchor(board), board.title());
            list.add(new ListItem(link));
        }
        Nav nav = new Nav(list);
        nav.addClassNames("harvest-contents", "harvest-no-print");
        nav.setAriaLabel(getTranslation("harvest.contents"));
        return nav;
    }

    private static String boardAnchor(HarvestBoard board) {
        return "board-" + board.id();
    }

    private Section board(HarvestBoard board) {
        Section section = new Section();
        section.addClassName("harvest-board");
        section.setId(boardAnchor(board));
        H2 title = new H2(board.title());
        title.setId(boardAnchor(board) + "-title");
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        Span kind = new Span(getTranslation(board.kind().translationKey()));
        kind.addClassName("harvest-kind");
        Anchor open = new Anchor("boards/" + board.id(), getTranslation("harvest.open-board"));
        open.addClassNames("harvest-open-board", "harvest-no-print");
        Div heading = new Div(title, kind, open);
        heading.addClassName("harvest-board-heading");
        section.add(heading);
        if (board.instructions() != null) {
            Paragraph instructions = new Paragraph(board.instructions());
            instructions.addClassName("harvest-instructions");
            section.add(instructions);
        }
        if (board.noteCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation("harvest.board-empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        for (HarvestSection part : board.sections()) {
            if (part.notes().isEmpty() && part.title().isEmpty()) {
                continue;
            }
            H3 heading3 = new H3(part.title().isEmpty() ? getTranslation("harvest.untitled") : part.title());
            Div block = new Div(heading3);
            block.addClassName("harvest-section");
            if (part.notes().isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("harvest.section-empty"));
                none.addClassName("harvest-section-empty");
                block.add(none);
            } else {
                OrderedList notes = new OrderedList();
                notes.addClassName("harvest-notes");
                part.notes().forEach(note -> notes.add(note(note)));
                block.add(notes);
            }
            section.add(block);
        }
        return section;
    }

    private ListItem note(HarvestNote note) {
        ListItem item = new ListItem();
        item.addClassName("harvest-note");
        item.setId("note-" + note.id());
        Paragraph text = new Paragraph(note.opening() == null ? note.text() : note.opening() + " " + note.text());
        text.addClassName("harvest-note-text");
        item.add(text);
        List<String> meta = new ArrayList<>();
        meta.add(note.author() == null ? getTranslation("board.anonymous") : note.author());
        if (note.role() != null) {
            meta.add(note.role());
        }
        if (note.votes() != null && note.votes() > 0) {
            meta.add(getTranslation("board.dot-count", note.votes()));
        }
        if (note.resonates() > 0) {
            meta.add(getTranslation("wall.resonates-count", note.resonates()));
        }
        Paragraph about = new Paragraph(String.join(" · ", meta));
        about.addClassName("harvest-note-meta");
        item.add(about);
        if (!note.leadsTo().isEmpty()) {
            Paragraph leads = new Paragraph(getTranslation("harvest.leads-to", String.join("; ", note.leadsTo())));
            leads.addClassName("harvest-note-links");
            item.add(leads);
        }
        // The actions feature's page, by its address (memory does not depend on its screens).
        Anchor action = new Anchor("actions/new?note=" + note.id(), getTranslation("harvest.make-action"));
        action.addClassNames("harvest-make-action", "harvest-no-print");
        action.getElement().setAttribute("aria-label", getTranslation("harvest.make-action-named", note.text()));
        item.add(action);
        return item;
    }
}
