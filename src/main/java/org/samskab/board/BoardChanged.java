package org.samskab.board;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;

/**
 * Published after a change to a board is committed: what every member may now see changed. Lists are empty and
 * states null where that part did not change. Nothing in it is private to one member.
 *
 * @param notes notes whose shared state changed (added, edited, moved, recoloured, new totals)
 * @param removedNoteIds notes that are gone
 * @param sections the full, ordered section list when sections changed, else null
 * @param board the board-wide state when it changed (votes, the wall's writing, focus, timer, group), else null
 */
public record BoardChanged(long boardId, long revision, List<NoteState> notes, List<Long> removedNoteIds,
        @Nullable List<SectionState> sections, @Nullable BoardState board) {
}
