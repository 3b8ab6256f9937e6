package org.samskab.board;

import org.samskab.base.UserFacingException;

/** Someone else saved the note since this member started editing; their text is not overwritten. */
public class EditConflictException extends UserFacingException {

    private final String currentText;
    private final long currentVersion;

    EditConflictException(String currentText, long currentVersion) {
        super("board.edit-conflict");
        this.currentText = currentText;
        this.currentVersion = currentVersion;
    }

    public String currentText() {
        return currentText;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
