package org.samskab.live;

import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.NoteState;

/** A note's entry in a board topic: its shared state, or a tombstone once it is gone. */
record LiveNote(long revision, @Nullable NoteState state, boolean removed) {
}
