package org.samskab.board.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;

/**
 * What a note card, a section and the note form show, asked of the screen's state: read-only. Every "may I" is
 * the engine's rule ({@link org.samskab.board.BoardRules}) for this member; nothing here decides on its own.
 */
interface BoardScreenState {

    long boardId();

    BoardState board();

    default BoardKind kind() {
        return board().kind();
    }

    /** Its gathering is closed: nothing on it changes until a facilitator reopens it. */
    default boolean readOnly() {
        return board().readOnly();
    }

    List<SectionState> sections();

    /** A note this screen shows, or null. */
    @Nullable
    NoteState note(long noteId);

    /** Who else is editing a note (null: nobody). */
    @Nullable
    Editor editor(long noteId);

    /** Someone else editing a note; {@code name} is null when they are not to be named. */
    record Editor(@Nullable String name) {
    }

    // ---------------------------------------------------------------- notes

    /** Adding notes (the note form); on a board with a group, only the group and facilitators write. */
    boolean mayWrite();

    /** Adding notes to this section: during a stage, participants write in the stage only. */
    default boolean mayWriteIn(SectionState section) {
        return mayWrite() && mayPutIn(section);
    }

    /** Whether a note may go into this section now (a new one, or one moved there). */
    boolean mayPutIn(SectionState section);

    /** Whether this member may put a note in the spotlight. */
    boolean maySpotlight(NoteState note);

    /** Editing or deleting a note. */
    boolean mayChange(NoteState note);

    boolean mayRecolour(NoteState note);

    boolean mayMove(NoteState note);

    boolean mayHide(NoteState note);

    /** Keeping one's own post "for the room only", or giving it back to the network's memory. */
    boolean mayKeepForTheRoom(NoteState note);

    /** Making an action between gatherings of a note (members, on posts the network keeps). */
    boolean mayMakeAction(NoteState note);

    boolean mayResonate(NoteState note);

    boolean resonates(long noteId);

    /** Whether "post anonymously" is offered in the note form. */
    boolean offersAnonymousChoice();

    /** Whether a note in this section may open with a coach's mirror. */
    boolean offersMirror(SectionState section);

    // ---------------------------------------------------------------- links (Theory U canvas)

    /** Whether the note may be linked to a later one: a kind that links, and a later section to link to. */
    boolean mayLinkFrom(NoteState note);

    boolean mayUnlink();

    /** The notes a note may lead to: those in later sections, in board order, not yet linked. */
    List<NoteState> laterNotes(NoteState note);

    /** The notes shown on this screen that lead to this one. */
    List<Long> linkedFrom(long noteId);

    // ---------------------------------------------------------------- dot voting

    /** Whether the member votes now (a vote is open and they may write): the cards show dot buttons. */
    boolean votesNow();

    boolean mayPlaceDot();

    int myDotsOn(long noteId);

    int dotsLeft();

    /**
     * The board-wide answers a card's look depends on besides its own note: a change of pace that leaves them as
     * they were leaves every card as it was, so 500 screens need not ask each of their cards again.
     */
    CardRights cardRights();

    /** Whether the board is read-only, the member votes and has dots left, and moves and resonates, own or not. */
    record CardRights(boolean readOnly, boolean votesNow, boolean mayPlaceDot, boolean moveOwn, boolean moveOthers,
            boolean resonateOwn, boolean resonateOthers) {
    }

    // ---------------------------------------------------------------- sections

    boolean mayAddSection();

    boolean mayRenameSection(SectionState section);

    boolean mayRemoveSection(SectionState section);

    /** Moving a section left or right: offered where the sections are the facilitators' (a wall's prompts). */
    boolean mayMoveSections();

    boolean mayEditGuidance(SectionState section);

    /** Whether this member may bring the room's following screens here (a facilitator, in a live gathering). */
    boolean mayBringEveryone();
}
