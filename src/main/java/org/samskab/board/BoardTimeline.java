package org.samskab.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;

/**
 * A board's history as screens saw it (docs/adr/0195): each step is one change and what every screen was told.
 * {@link #at} replays the steps up to one, as a screen that had the board open from its creation would show it.
 *
 * @param steps the changes that showed something, oldest first
 * @param deletedNow notes deleted since, which a facilitator may restore
 * @param restores whether the member may restore them (a facilitator, on a board that is not read-only)
 * @param sectionsBefore the sections to start from when the history does not begin with the board's creation (a
 *     board older than replay): today's, until a step announces others
 */
public record BoardTimeline(long boardId, List<Step> steps, Set<Long> deletedNow, boolean restores,
        List<SectionState> sectionsBefore) {

    public BoardTimeline {
        steps = List.copyOf(steps);
        deletedNow = Set.copyOf(deletedNow);
        sectionsBefore = List.copyOf(sectionsBefore);
    }

    /** One change: when, what, and what screens were told. */
    public record Step(long revision, Instant at, ChangeAction action, BoardChanged change) {
    }

    /** The board at one step: its state, its sections in order, and its notes by section and place. */
    public record Frame(long revision, Instant at, @Nullable BoardState board, List<SectionState> sections,
            List<NoteState> notes) {

        public List<NoteState> notesIn(long sectionId) {
            return notes.stream().filter(n -> n.sectionId() == sectionId).toList();
        }
    }

    /** The board as it stood after step {@code index} (0 is the first). */
    public Frame at(int index) {
        if (steps.isEmpty()) {
            throw new IllegalStateException("A board without history has no frames");
        }
        int last = Math.max(0, Math.min(index, steps.size() - 1));
        BoardState board = null;
        List<SectionState> sections = sectionsBefore;
        Map<Long, NoteState> notes = new LinkedHashMap<>();
        for (int i = 0; i <= last; i++) {
            BoardChanged change = steps.get(i).change();
            if (change.board() != null) {
                board = change.board();
            }
            if (change.sections() != null) {
                sections = change.sections();
            }
            change.removedNoteIds().forEach(notes::remove);
            change.notes().forEach(note -> notes.put(note.id(), note));
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            order.put(sections.get(i).id(), i);
        }
        List<NoteState> shown = new ArrayList<>(notes.values());
        shown.removeIf(n -> !order.containsKey(n.sectionId()));
        shown.sort(Comparator.comparingInt((NoteState n) -> order.get(n.sectionId()))
                .thenComparingDouble(NoteState::position));
        Step step = steps.get(last);
        return new Frame(step.revision(), step.at(), board, sections, shown);
    }
}
