package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.BiConsumer;

/** A facilitator chooses the dots per member and whether totals show during the vote. */
class StartVoteDialog extends Dialog {

    final IntegerField dots = new IntegerField();
    final Checkbox totalsVisible = new Checkbox();

    StartVoteDialog(BiConsumer<Integer, Boolean> onStart) {
        setHeaderTitle(getTranslation("board.start-vote"));
        dots.setLabel(getTranslation("board.dots-per-member"));
        dots.setValue(3);
        dots.setMin(1);
        dots.setMax(BoardServiceCalls.MAX_DOTS);
        dots.setStepButtonsVisible(true);
        totalsVisible.setLabel(getTranslation("board.show-totals-during-vote"));
        totalsVisible.addClassName("totals-visible");
        add(dots, totalsVisible);
        getElement().getThemeList().add("stacked-dialog");
        Button start = new Button(getTranslation("board.start-vote"), e -> {
            onStart.accept(dots.getValue() == null ? 0 : dots.getValue(), totalsVisible.getValue());
            close();
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("confirm-start-vote");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), start);
    }
}
