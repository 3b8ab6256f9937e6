package org.samskab.board.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardLiveListener;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.LiveBoardChannel;
import org.samskab.board.LiveBoardConnection;
import org.samskab.ui.AfterResponse;

/**
 * The screen's subscription to its board: what the live layer reports (notes changed or removed, sections, the
 * board's state, who is editing) goes into the model, then onto the screen, drawing only what changed. The
 * screen's own changes take the same way when the service returns them, so they show at once.
 */
final class BoardLiveBinding implements BoardLiveListener {

    private final BoardView view;
    private final BoardScreenModel model;
    private final LiveBoardChannel channel;
    private @Nullable LiveBoardConnection connection;
    private long connectedBoardId = -1;

    BoardLiveBinding(BoardView view, BoardScreenModel model, LiveBoardChannel channel) {
        this.view = view;
        this.model = model;
        this.channel = channel;
    }

    /** Follows the model's board from the revision it was opened at (kept when already following it). */
    void connect(long memberId, String memberName, long revision) {
        if (connection != null && connectedBoardId == model.boardId()) {
            return;
        }
        close();
        connectedBoardId = model.boardId();
        connection = channel.connect(view, model.boardId(), revision, memberId, memberName, this);
    }

    void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    void startEditing(long noteId) {
        // A private post is nobody else's business, not even that someone is editing it.
        if (connection != null && model.announcesEditing(noteId)) {
            connection.startEditing(noteId, model.anonymous(noteId));
        }
    }

    void stopEditing(long noteId) {
        if (connection != null) {
            connection.stopEditing(noteId);
        }
    }

    /**
     * The opening snapshot's cards go out just after the answer that opens the board, over push (see
     * {@link AfterResponse}): the answer Vaadin keeps for each screen is then the board's frame, not all its notes.
     */
    void showAfterThisResponse(List<NoteState> notes) {
        AfterResponse.run(UI.getCurrent(), () -> {
            BoardCanvas canvas = view.canvas();
            for (NoteState note : notes) {
                // A live change may have brought a newer state of a note first, or removed it meanwhile.
                if (model.notes().stillToShow(note)) {
                    model.notes().shown(note);
                    canvas.addCard(note);
                }
            }
            // Cards made before the notes they link to show those now.
            canvas.refreshCards(note -> !note.linksTo().isEmpty() || !model.linkedFrom(note.id()).isEmpty());
            canvas.layoutSections(null);
            canvas.getElement().setAttribute("data-notes-shown", Integer.toString(notes.size()));
        });
    }

    // ---------------------------------------------------------------- live changes (own ones arrive here too)

    @Override
    public void noteChanged(NoteState note) {
        if (model.notes().isStale(note)) {
            return; // already newer
        }
        if (!model.hasSection(note.sectionId())) {
            model.notes().waitForSection(note); // until the section update arrives
            return;
        }
        Set<Long> relinked = model.notes().shown(note);
        view.canvas().show(note);
        view.kindLayout().notesChanged();
        view.canvas().refreshCards(relinked);
        if (Long.valueOf(note.id()).equals(model.board().spotlightNoteId())) {
            view.spotlitNoteChanged();
        }
    }

    /** A note's new state that moves nothing and links nothing (a resonance): only its card is drawn again. */
    void noteUpdated(NoteState note) {
        model.notes().shown(note);
        view.canvas().update(note);
    }

    @Override
    public void noteRemoved(long noteId, long revision) {
        Set<Long> relinked = model.notes().removed(noteId, revision);
        view.canvas().removeCard(noteId);
        view.canvas().refreshCards(relinked);
        if (model.dotsReturned(noteId)) {
            view.votesChanged();
        }
        view.kindLayout().notesChanged();
    }

    @Override
    public void sectionsChanged(List<SectionState> sections, long revision) {
        model.sectionsChanged(sections);
        view.canvas().sectionsChanged(sections);
        model.notes().takeWaiting().forEach(this::noteChanged);
        view.sectionsChanged();
        showFocus();
        view.kindLayout().sectionsChanged(sections);
    }

    @Override
    public void boardChanged(BoardState board) {
        BoardScreenModel.BoardChange change = model.boardChanged(board);
        if (change == null) {
            return;
        }
        // What every screen in the room redraws is what changed: a timer's start touches the countdown alone.
        if (change.heading()) {
            view.showTitle();
        }
        if (change.votes()) {
            view.votesChanged();
        }
        if (change.privacy()) {
            // Own posts' "private" marks change with the phase, and so do the cards' buttons.
            view.canvas().refreshCards(note -> true);
        }
        if (change.group()) {
            view.canvas().refreshRights();
        }
        if (change.readOnly()) {
            view.readOnlyChanged();
        }
        if (change.pacing()) {
            view.pacingChanged();
        }
        if (change.spotlight()) {
            view.spotlightChanged();
        } else if (change.timer() && !change.pacing()) {
            view.timerChanged();
        }
        if (change.focus() || change.pacing()) {
            showFocus();
        }
        view.kindLayout().boardChanged(board);
    }

    @Override
    public void editingChanged(long noteId, boolean editing, @Nullable String editorName) {
        model.notes().editingChanged(noteId, editing, editorName);
        view.canvas().refreshCards(Set.of(noteId));
    }

    /** Only this note changes, unless the last dot was used or the first one came back (every "+" changes). */
    void ownDotsChanged(long noteId) {
        int left = model.dotsLeft();
        if (left == 0 || left == 1) {
            view.votesChanged();
        } else {
            view.canvas().refreshCards(Set.of(noteId));
            view.voteBarChanged();
        }
    }

    /** Highlights the section the group is on now, on this screen. */
    void showFocus() {
        view.canvas().showFocus(model.board().focusSectionId(), view.kindLayout().focusLabel());
    }
}
