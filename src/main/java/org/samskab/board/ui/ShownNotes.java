package org.samskab.board.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.ui.BoardScreenState.Editor;

/**
 * The notes a board screen shows and what it heard about them, in plain Java: their links both ways, the notes
 * removed before the opening snapshot's cards went out, the notes whose section has not arrived yet, and who else
 * is editing which note.
 */
final class ShownNotes {

    /** The notes this screen shows (has a card for). */
    private final Map<Long, NoteState> notes = new HashMap<>();
    /** For each note, the notes that lead to it (the reverse of NoteState.linksTo). */
    private final Map<Long, Set<Long>> linkedFrom = new HashMap<>();
    /** Notes removed live (hidden, deleted), by the revision that removed them. */
    private final Map<Long, Long> removed = new HashMap<>();
    /** Notes in a section this screen does not know yet: kept until the section update arrives. */
    private final Map<Long, NoteState> waitingForSection = new HashMap<>();
    private final Map<Long, Editor> editors = new HashMap<>();

    /** Starts again from an opening snapshot's notes (shown one by one later, see {@link #shown}). */
    void reset(List<NoteState> snapshotNotes) {
        List.of(notes, linkedFrom, removed, waitingForSection, editors).forEach(Map::clear);
        for (NoteState note : snapshotNotes) {
            note.linksTo().forEach(target -> linkedFrom.computeIfAbsent(target, k -> new HashSet<>()).add(note.id()));
        }
    }

    @Nullable
    NoteState get(long noteId) {
        return notes.get(noteId);
    }

    Collection<NoteState> all() {
        return notes.values();
    }

    /** The shown notes that lead to this one. */
    List<Long> linkedFrom(long noteId) {
        Set<Long> from = linkedFrom.get(noteId);
        if (from == null || from.isEmpty()) {
            return List.of(); // most notes: every card asks on every change of the room's pace
        }
        return from.stream().filter(notes::containsKey).sorted().toList();
    }

    /** Whether a note's state is older than the one shown (a newer change arrived first). */
    boolean isStale(NoteState note) {
        NoteState shown = notes.get(note.id());
        return shown != null && shown.revision() > note.revision();
    }

    /** Whether a note from the opening snapshot is still to be shown (not shown or removed live meanwhile). */
    boolean stillToShow(NoteState note) {
        return !notes.containsKey(note.id()) && removed.getOrDefault(note.id(), -1L) < note.revision();
    }

    /** Keeps a note whose section this screen does not know yet. */
    void waitForSection(NoteState note) {
        waitingForSection.put(note.id(), note);
    }

    /** The notes waiting for their section, handed over (each is delivered again). */
    List<NoteState> takeWaiting() {
        List<NoteState> waiting = new ArrayList<>(waitingForSection.values());
        waitingForSection.clear();
        return waiting;
    }

    /**
     * Shows a note's new state; returns the other notes whose link chips must be redrawn (its old and new
     * targets, and the notes leading to it, which show its text).
     */
    Set<Long> shown(NoteState note) {
        waitingForSection.remove(note.id());
        NoteState previous = notes.put(note.id(), note);
        return relinked(previous == null ? List.of() : previous.linksTo(), note.id(), note.linksTo());
    }

    /** A note left the board; returns the notes whose link chips must be redrawn. */
    Set<Long> removed(long noteId, long revision) {
        // Remembered, so notes still to be shown from the opening snapshot do not bring it back.
        removed.merge(noteId, revision, Math::max);
        waitingForSection.remove(noteId);
        NoteState previous = notes.remove(noteId);
        if (previous == null) {
            return Set.of();
        }
        Set<Long> affected = relinked(previous.linksTo(), noteId, List.of());
        linkedFrom.remove(noteId);
        return affected;
    }

    private Set<Long> relinked(List<Long> oldTargets, long noteId, List<Long> newTargets) {
        Set<Long> affected = new HashSet<>(oldTargets);
        affected.addAll(newTargets);
        oldTargets.forEach(t -> linkedFrom.getOrDefault(t, new HashSet<>()).remove(noteId));
        newTargets.forEach(t -> linkedFrom.computeIfAbsent(t, k -> new HashSet<>()).add(noteId));
        affected.addAll(linkedFrom.getOrDefault(noteId, Set.of()));
        return affected;
    }

    void editingChanged(long noteId, boolean editing, @Nullable String editorName) {
        if (editing) {
            editors.put(noteId, new Editor(editorName));
        } else {
            editors.remove(noteId);
        }
    }

    @Nullable
    Editor editor(long noteId) {
        return editors.get(noteId);
    }
}
