package org.samskab.board;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;

/**
 * What a board screen hears from the live layer, already inside its UI's lock. Each call carries only what
 * changed after the revision the screen opened with.
 */
public interface BoardLiveListener {

    void noteChanged(NoteState note);

    void noteRemoved(long noteId, long revision);

    void sectionsChanged(List<SectionState> sections, long revision);

    void boardChanged(BoardState board);

    /**
     * Someone started or stopped ({@code editing} false) editing a note; {@code editorName} is null when the
     * editor is not to be named (an anonymous note).
     */
    void editingChanged(long noteId, boolean editing, @Nullable String editorName);
}
