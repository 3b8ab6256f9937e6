package org.samskab.board;

/** Sticky-note colours; each has a CSS class and a translated name for screen readers. */
public enum NoteColour {
    YELLOW, PINK, BLUE, GREEN, ORANGE, PURPLE;

    public String cssClass() {
        return "note-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String translationKey() {
        return "colour." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
