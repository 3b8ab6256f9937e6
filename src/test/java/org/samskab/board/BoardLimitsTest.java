package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samskab.Refusals.refused;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.InvalidInputException;
import org.samskab.board.BoardViews.NoteState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17's rate limit and note cap (docs/adr/0205), on MariaDB, with small limits so a test reaches them: one
 * member may make 10 changes at once and then one a minute (the test's clock moves it on); a board holds 12 notes.
 */
@IntegrationTest
@TestPropertySource(properties = {"samskab.board.action-burst=10", "samskab.board.actions-per-minute=1",
    "samskab.board.note-limit=12"})
class BoardLimitsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardReader reader;
    @Autowired
    NoteService notes;
    @Autowired
    org.samskab.MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    private int notesOn(Room room) {
        return fixtures.as(room.coordinator(), () -> reader.open(room.boardId())).notes().size();
    }

    @Test
    void aMemberWhoActsFasterThanAHandIsAskedToWaitAndNothingIsStored() {
        Room room = Room.create(fixtures, reader, false, "Ideas");
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String text = "Idea " + i;
            written.add(fixtures.as(room.pia(), () -> notes.addNote(room.boardId(), room.first(), text, null, false))
                    .id());
        }
        InvalidInputException tooFast = refused(() -> fixtures.as(room.pia(),
                () -> notes.addNote(room.boardId(), room.first(), "One too many", null, false)), "board.too-fast");
        assertThat((Long) tooFast.messageArguments()[0]).as("seconds to wait").isBetween(50L, 61L);
        refused(() -> fixtures.as(room.pia(), () -> notes.moveNoteWithinSection(written.getFirst(), 1)),
                "board.too-fast");
        assertThat(notesOn(room)).as("the refused note is not stored").isEqualTo(10);

        // Each member has a pace of their own.
        fixtures.as(room.per(), () -> notes.addNote(room.boardId(), room.first(), "Per's idea", null, false));
        clock.advance(java.time.Duration.ofSeconds(61)); // one change a minute comes back
        fixtures.as(room.pia(), () -> notes.addNote(room.boardId(), room.first(), "After a breath", null, false));
        assertThat(notesOn(room)).isEqualTo(12);
    }

    @Test
    void aFullBoardRefusesANoteMoreUntilOneIsDeletedAndSaysHowManyItHolds() {
        Room room = Room.create(fixtures, reader, false, "Ideas");
        List<NoteState> written = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String author = i % 2 == 0 ? room.pia() : room.per();
            String text = "Idea " + i;
            written.add(fixtures.as(author,
                    () -> notes.addNote(room.boardId(), room.first(), text, null, false)));
        }
        InvalidInputException full = refused(() -> fixtures.as(room.facilitator(),
                () -> notes.addNote(room.boardId(), room.first(), "Thirteen", null, false)), "board.full");
        assertThat(full.messageArguments()).containsExactly(12);
        assertThat(notesOn(room)).isEqualTo(12);

        long deleted = written.getFirst().id();
        fixtures.as(room.pia(), () -> notes.deleteNote(deleted));
        fixtures.as(room.facilitator(), () -> notes.addNote(room.boardId(), room.first(), "Room again", null, false));
        refused(() -> fixtures.as(room.facilitator(), () -> notes.restoreDeleted(deleted)), "board.full");
        assertThat(notesOn(room)).as("restoring is adding: the board stays at its most").isEqualTo(12);
    }
}
