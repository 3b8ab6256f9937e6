package org.samskab.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.samskab.board.BoardViews.BreakoutOverview;
import org.samskab.board.BoardViews.GroupBoard;
import org.samskab.board.BoardViews.NoteState;

/**
 * The groups' boards side by side (docs/adr/0188): a column per group with its notes, for the plenary's screens
 * and the room's screen. Columns wrap on a phone and sit side by side on a projector.
 */
final class BreakoutOverviewGrid extends Div {

    BreakoutOverviewGrid(BreakoutOverview overview) {
        addClassName("breakout-overview");
        for (GroupBoard group : overview.groups()) {
            Section column = new Section();
            column.addClassName("breakout-overview-group");
            String headingId = "breakout-group-" + group.number();
            H2 heading = new H2(group.title());
            heading.setId(headingId);
            column.getElement().setAttribute("aria-labelledby", headingId);
            column.add(heading);
            if (group.notes().isEmpty()) {
                Paragraph empty = new Paragraph(getTranslation("breakout.overview.empty"));
                empty.addClassName("breakout-overview-empty");
                column.add(empty);
            } else {
                UnorderedList list = new UnorderedList();
                for (NoteState note : group.notes()) {
                    Span text = new Span(note.text());
                    text.addClassName("breakout-note-text");
                    Span author = new Span(note.authorName() == null ? getTranslation("board.anonymous")
                            : note.authorName());
                    author.addClassName("breakout-note-author");
                    ListItem item = new ListItem(text, author);
                    item.addClassNames("breakout-note", "note-" + note.colour().name().toLowerCase());
                    list.add(item);
                }
                column.add(list);
            }
            add(column);
        }
    }
}
