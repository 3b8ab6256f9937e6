package org.samskab.memory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.samskab.board.NoteSearch;
import org.samskab.ui.TextLimit;

/** The "Memory" tab's content: a search of the network's boards (answered on the search page), and the archive. */
class MemoryPanel extends Div {

    final TextField query = new TextField();
    final Button search = new Button();

    MemoryPanel(long networkId, org.samskab.memory.ArchiveService archive) {
        addClassName("memory-panel");
        H2 heading = new H2(getTranslation("memory.heading"));
        Paragraph intro = new Paragraph(getTranslation("memory.intro"));
        intro.addClassName("memory-intro");
        query.setLabel(getTranslation("memory.search-label"));
        query.addClassName("search-query");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        TextLimit.on(query, NoteSearch.QUERY_MAX);
        search.setText(getTranslation("search.button"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClassName("search-button");
        search.addClickListener(e -> getUI().ifPresent(ui -> SearchView.open(ui, networkId,
                query.getValue().isBlank() ? null : query.getValue().strip())));
        search.addClickShortcut(Key.ENTER).listenOn(query);
        Div form = new Div(query, search);
        form.addClassName("search-form");
        form.getElement().setAttribute("role", "search");
        add(heading, intro, form);
        // Built when the tab is first shown: the network page opens on its first tab, and the archive reads the
        // harvests of the gatherings it shows.
        addAttachListener(e -> {
            if (getChildren().noneMatch(ArchiveList.class::isInstance)) {
                add(new ArchiveList(archive, networkId));
            }
        });
    }
}
