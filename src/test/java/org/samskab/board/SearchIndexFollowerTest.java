package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.board.BoardViews.NoteState;

/**
 * Which notes another server's change makes this server index again (docs/adr/0211): only those whose indexed
 * content may have changed, so the dots of a gathering cost no index writes.
 */
class SearchIndexFollowerTest {

    private final SearchIndexFollower follower = new SearchIndexFollower(null, null);

    @Test
    void aNoteIsIndexedWhenItsTextOrFlagsChangeAndNotForADotOrAMove() {
        NoteState written = note(7, 1, "Learning cafés between gatherings", 1, false);
        assertThat(follower.notesToIndex(change(written))).as("first seen").containsExactly(7L);
        assertThat(follower.notesToIndex(change(written))).as("a dot: the same state").isEmpty();
        assertThat(follower.notesToIndex(change(note(7, 2, "Learning cafés between gatherings", 1, false))))
                .as("moved to another section").isEmpty();
        assertThat(follower.notesToIndex(change(note(7, 2, "Learning cafés", 2, false)))).as("edited")
                .containsExactly(7L);
        assertThat(follower.notesToIndex(change(note(7, 2, "Learning cafés", 2, true)))).as("kept for the room")
                .containsExactly(7L);
    }

    @Test
    void aRemovedNoteIsIndexedAndThenIndexedAgainWhenItComesBack() {
        NoteState note = note(9, 1, "Case clinic on onboarding", 1, false);
        follower.notesToIndex(change(note));
        assertThat(follower.notesToIndex(new BoardChanged(1, 3, List.of(), List.of(9L), null, null)))
                .containsExactly(9L);
        assertThat(follower.notesToIndex(change(note))).as("restored, unchanged").containsExactly(9L);
    }

    private static BoardChanged change(NoteState note) {
        return new BoardChanged(1, 2, List.of(note), List.of(), null, null);
    }

    private static NoteState note(long id, long sectionId, String text, long textVersion, boolean roomOnly) {
        return new NoteState(id, sectionId, text, NoteColour.YELLOW, "Someone", false, 1, textVersion, 2, 2, false, 0,
                null, null, List.of(), roomOnly);
    }
}
