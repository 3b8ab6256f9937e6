package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.database.DatabaseReachability;
import org.samskab.database.SavingPausedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline every write goes through, on MariaDB: it refuses a change whose step never asked the rules, takes no
 * revision for a change that changed nothing, and answers another network's board as missing before any lock.
 */
@IntegrationTest
class ChangePipelineTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ChangePipeline pipeline;
    @Autowired
    BoardReader boardReader;
    @Autowired
    BoardEventRecorder recorder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NoteService notes;
    @Autowired
    VotingService voting;
    @Autowired
    DatabaseReachability reachability;

    private long revision(long boardId) {
        return jdbc.queryForObject("select revision from board where id = ?", Long.class, boardId);
    }

    private long logged(long boardId) {
        return jdbc.queryForObject("select count(*) from board_change where board_id = ?", Long.class, boardId);
    }

    @Test
    void whileSavingIsPausedAChangeIsRefusedAtOnceAndChangesNothing() throws InterruptedException {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        long before = revision(room.boardId());
        // No probe while the pause is set up, so that it cannot end the pause before the change is tried.
        reachability.stop();
        try {
            reachability.reportFailure(new java.sql.SQLNonTransientConnectionException("gone", "08000"));
            long started = System.nanoTime();
            assertThatThrownBy(() -> fixtures.as(room.pia(), () -> notes.addNote(room.boardId(),
                    room.sections().getFirst(), "Written while saving is paused", NoteColour.YELLOW, false)))
                    .isInstanceOf(SavingPausedException.class).extracting("messageKey").isEqualTo("saving.not-saved");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("refused without waiting")
                    .isLessThan(java.time.Duration.ofSeconds(1));
        } finally {
            reachability.start();
        }
        // The probe finds the database answering and ends the pause by itself.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (reachability.savingPaused() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(reachability.savingPaused()).as("resumed").isFalse();
        assertThat(revision(room.boardId())).isEqualTo(before);
        assertThat(recorder.committed(room.boardId())).isEmpty();
        fixtures.as(room.pia(),
                () -> notes.addNote(room.boardId(), room.sections().getFirst(), "Written after the pause",
                        NoteColour.YELLOW, false));
        assertThat(revision(room.boardId())).isEqualTo(before + 1);
    }

    /**
     * Every committed revision is published, with what screens see or quietly (a dot in a hidden vote): a server
     * following the board's revisions from the others (docs/adr/0207) then never sees a hole that is not one.
     */
    @Test
    void everyRevisionIsPublishedWithNewsOrQuietly() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        long first = revision(room.boardId());
        var note = fixtures.as(room.pia(), () -> notes.addNote(room.boardId(), room.sections().getFirst(),
                "Learning cafés between gatherings", NoteColour.YELLOW, false));
        fixtures.as(room.facilitator(), () -> voting.startVote(room.boardId(), 3, false));
        fixtures.as(room.pia(), () -> voting.placeDot(note.id()));
        fixtures.as(room.per(), () -> voting.placeDot(note.id()));
        fixtures.as(room.pia(), () -> voting.removeDot(note.id()));
        fixtures.as(room.facilitator(), () -> voting.endVote(room.boardId()));

        long last = revision(room.boardId());
        java.util.Set<Long> published = new java.util.TreeSet<>(recorder.quietRevisions(room.boardId()));
        recorder.committed(room.boardId()).forEach(change -> published.add(change.revision()));
        assertThat(published).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(first + 1, last).boxed().toList());
        assertThat(last - first).isEqualTo(6);
        assertThat(recorder.quietRevisions(room.boardId())).as("the dots, with totals hidden").hasSize(3);
    }

    @Test
    void aStepThatNeverAskedTheRulesChangesNothing() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        long before = revision(room.boardId());

        assertThatThrownBy(() -> fixtures.as(room.facilitator(),
                () -> transactions.execute(t -> pipeline.onBoard(room.boardId(), ChangeAction.BOARD_UPDATED,
                        change -> {
                            change.board().setTitle("Changed without a check");
                            return change.revision();
                        }))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unchecked");

        assertThat(revision(room.boardId())).isEqualTo(before);
        assertThat(jdbc.queryForObject("select title from board where id = ?", String.class, room.boardId()))
                .isNotEqualTo("Changed without a check");
        assertThat(recorder.committed(room.boardId())).isEmpty();
    }

    @Test
    void anUnchangedStepTakesNoRevisionLogsNothingAndAnnouncesNothing() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        long before = revision(room.boardId());
        long log = logged(room.boardId());

        fixtures.as(room.facilitator(), () -> transactions.execute(t -> pipeline.onBoard(room.boardId(),
                ChangeAction.BOARD_UPDATED, change -> {
                    change.require(change.board().rules().facilitate(change.actor()));
                    return change.unchanged("nothing");
                })));

        assertThat(revision(room.boardId())).isEqualTo(before);
        assertThat(logged(room.boardId())).isEqualTo(log);
        assertThat(recorder.committed(room.boardId())).isEmpty();
    }

    @Test
    void aCheckedStepTakesExactlyOneRevisionAndOneLogEntryWithItsAction() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        long before = revision(room.boardId());

        long made = fixtures.as(room.facilitator(), () -> transactions.execute(t -> pipeline.onBoard(room.boardId(),
                ChangeAction.BOARD_UPDATED, change -> {
                    change.require(change.board().rules().facilitate(change.actor()));
                    // Asking twice gives the same revision: it is taken once.
                    change.revision();
                    return change.revision();
                })));

        assertThat(made).isEqualTo(before + 1);
        assertThat(revision(room.boardId())).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select action from board_change where board_id = ? and revision = ?",
                String.class, room.boardId(), made)).isEqualTo("BOARD_UPDATED");
    }

    @Test
    void anotherNetworksBoardAnswersAsMissing() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        Room other = Room.create(fixtures, boardReader, false, "Elsewhere");

        assertThatThrownBy(() -> fixtures.as(room.facilitator(),
                () -> transactions.execute(t -> pipeline.onBoard(other.boardId(), ChangeAction.BOARD_UPDATED,
                        change -> change.unchanged("never here")))))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(room.facilitator(),
                () -> transactions.execute(t -> pipeline.onBoard(Long.MAX_VALUE, ChangeAction.BOARD_UPDATED,
                        change -> change.unchanged("never here")))))
                .isInstanceOf(ItemNotFoundException.class);
    }
}
