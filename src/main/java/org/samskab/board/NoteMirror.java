package org.samskab.board;

/** How a coach's mirror in a case clinic begins: an image of what they saw, sensed or felt. */
public enum NoteMirror {
    SEE,
    SENSE,
    FEEL;

    public String translationKey() {
        return "board.mirror." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
