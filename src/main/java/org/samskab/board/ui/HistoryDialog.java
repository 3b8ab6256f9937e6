package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.samskab.board.BoardViews.ChangeEntry;

/** The board's change log, newest first, for facilitators. Anonymous notes' authors are never named. */
class HistoryDialog extends Dialog {

    HistoryDialog(List<ChangeEntry> entries) {
        setHeaderTitle(getTranslation("board.history"));
        setWidth("min(60rem, 95vw)");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Grid<ChangeEntry> grid = new Grid<>();
        grid.addColumn(ChangeEntry::revision).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> format.format(e.at())).setHeader(getTranslation("board.history.when")).setAutoWidth(true);
        grid.addColumn(e -> e.memberName() == null ? getTranslation("board.anonymous") : e.memberName())
                .setHeader(getTranslation("board.history.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.action().translationKey())
                + (e.detail() == null ? "" : " · " + getTranslation("board.history.detail", e.detail())))
                .setHeader(getTranslation("board.history.what")).setAutoWidth(true);
        grid.setItems(entries.reversed());
        grid.setAllRowsVisible(entries.size() < 12);
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
