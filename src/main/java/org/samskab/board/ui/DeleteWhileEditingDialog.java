package org.samskab.board.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.jspecify.annotations.Nullable;

/** Asks before deleting a note someone else is editing: they would lose what they are writing. */
final class DeleteWhileEditingDialog {

    private DeleteWhileEditingDialog() {
    }

    /** @param editorName who is editing, or null when they are not to be named */
    static void ask(@Nullable String editorName, Runnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(confirm.getTranslation("board.delete-while-editing.title"));
        confirm.setText(editorName == null ? confirm.getTranslation("board.delete-while-editing.someone")
                : confirm.getTranslation("board.delete-while-editing.named", editorName));
        confirm.setCancelable(true);
        confirm.setCancelText(confirm.getTranslation("action.cancel"));
        confirm.setConfirmText(confirm.getTranslation("board.delete-while-editing.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete.run());
        confirm.open();
    }
}
