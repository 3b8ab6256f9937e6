package org.samskab.board.ui;

import org.jspecify.annotations.Nullable;
import org.samskab.base.UserFacingException;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteMirror;

/**
 * What a note card, a section and the note form ask to be done. A refusal is shown to the member where the
 * method says nothing else ({@link BoardServiceCalls} does every call).
 */
interface BoardActions {

    /** @return whether the note was added (else the refusal is shown) */
    boolean addNote(long sectionId, String text, NoteColour colour, boolean anonymous, @Nullable NoteMirror mirror,
            boolean roomOnly);

    /** Keeps the member's own post for the room only, or gives it back to the network's memory. */
    void keepForTheRoom(long noteId, boolean roomOnly);

    /**
     * Saves an edited text; returns null when saved, else the refusal for the editor to show (an
     * {@link org.samskab.board.EditConflictException} when someone else saved first).
     */
    @Nullable
    UserFacingException saveEdit(long noteId, long expectedVersion, String text);

    void recolour(long noteId, NoteColour colour);

    void move(long noteId, long sectionId, @Nullable Long beforeNoteId);

    void moveWithinSection(long noteId, int steps);

    void delete(long noteId);

    void placeDot(long noteId);

    void removeDot(long noteId);

    void setResonates(long noteId, boolean resonates);

    /** @return the refusal's text, or null when the post is hidden */
    @Nullable
    String hide(long noteId, String reason);

    void link(long fromNoteId, long toNoteId);

    void unlink(long fromNoteId, long toNoteId);

    void renameSection(long sectionId, String title);

    void removeSection(long sectionId);

    void moveSection(long sectionId, int steps);

    /** @return whether saved (else the refusal is shown) */
    boolean updateGuidance(long sectionId, String guidance, @Nullable Integer minutes);

    /** Tells the others this member is editing the note (until {@link #editingStopped}). */
    void editingStarted(long noteId);

    void editingStopped(long noteId);

    /** Puts a note in the spotlight on every screen (null: none). Facilitators. */
    void spotlight(@Nullable Long noteId);

    /** Brings every following screen of the gathering to this board's section or note. Facilitators. */
    void bringEveryone(@Nullable Long sectionId, @Nullable Long noteId);

    /** Opens the page that makes an action of the note (the actions feature's, by its address). */
    void makeAction(long noteId);

    /** Takes the reader (and keyboard focus) to a note. */
    void focusNote(long noteId);

    /** After a move chosen in a note's actions, focus stays on the note in its new place. */
    void keepFocusOn(long noteId);
}
