package org.samskab.board;

/** A screen's link to a live board: tells the others which note this member is editing. */
public interface LiveBoardConnection {

    /**
     * Tells the others this member is editing a note. For an anonymous note the others are only told that
     * someone is editing it: who is editing would say who wrote it.
     */
    void startEditing(long noteId, boolean anonymously);

    void stopEditing(long noteId);

    /** Stops following the board (the screen is closed or left). */
    void close();
}
