package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.InvalidInputException;
import org.samskab.board.BoardViews.NoteState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Members acting on one board at the same moment, from real threads on real MariaDB connections: the board's row
 * lock must serialise them so no words are lost, no dot budget is overrun, and revisions stay a gap-free sequence.
 */
@IntegrationTest
class BoardConcurrencyTest {

    private static final long TIMEOUT_SECONDS = 60;

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardService boards;
    @Autowired
    NoteService noteService;
    @Autowired
    VotingService votingService;
    @Autowired
    BoardReader boardReader;
    @Autowired
    JdbcTemplate jdbc;

    /** What one thread got: its result, or what it threw. */
    record Outcome<T>(T value, Throwable error) {
    }

    @Test
    void twoSimultaneousEditsFromTheSameVersionLetExactlyOneWinAndTellTheOtherTheWinnersText() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        // Repeated, because one race may happen to run one after the other.
        for (int round = 0; round < 5; round++) {
            String original = "Round " + round;
            NoteState note = fixtures.as(room.pia(),
                    () -> noteService.addNote(room.boardId(), room.first(), original, null, false));
            String piasText = "Pia's words, " + original;
            String facilitatorsText = "The facilitator's words, " + original;

            List<Outcome<NoteState>> outcomes = race(List.of(
                    as(room.pia(), () -> noteService.editNote(note.id(), note.version(), piasText)),
                    as(room.facilitator(), () -> noteService.editNote(note.id(), note.version(), facilitatorsText))));

            List<Outcome<NoteState>> won = outcomes.stream().filter(o -> o.error() == null).toList();
            List<Outcome<NoteState>> lost = outcomes.stream().filter(o -> o.error() != null).toList();
            assertThat(won).as("round %s: %s", round, outcomes).hasSize(1);
            assertThat(lost).hasSize(1);
            String winnersText = won.getFirst().value().text();
            assertThat(winnersText).isIn(piasText, facilitatorsText);
            assertThat(lost.getFirst().error()).as("round %s", round).isInstanceOf(EditConflictException.class);
            EditConflictException conflict = (EditConflictException) lost.getFirst().error();
            assertThat(conflict.currentText()).isEqualTo(winnersText);
            assertThat(conflict.currentVersion()).isEqualTo(won.getFirst().value().version())
                    .isEqualTo(note.version() + 1);
            assertThat(jdbc.queryForObject("select text from note where id = ?", String.class, note.id()))
                    .isEqualTo(winnersText);
            assertThat(jdbc.queryForObject("select count(*) from board_change where note_id = ? and action = ?",
                    Long.class, note.id(), "NOTE_EDITED")).isEqualTo(1);
        }
    }

    @Test
    void eightSimultaneousDotsFromOneMemberStopAtTheirBudgetOfThree() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        List<Long> notes = new ArrayList<>();
        fixtures.as(room.per(), () -> {
            for (int i = 0; i < 4; i++) {
                notes.add(noteService.addNote(room.boardId(), room.first(), "Idea " + i, null, false).id());
            }
        });
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 3, true));
        List<Racer<Integer>> dots = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long noteId = notes.get(i % notes.size());
            dots.add(as(room.pia(), () -> votingService.placeDot(noteId)));
        }
        List<Outcome<Integer>> outcomes = race(dots);

        assertThat(outcomes).filteredOn(o -> o.error() == null).extracting(Outcome::value)
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat(outcomes).filteredOn(o -> o.error() != null).hasSize(5).allSatisfy(o -> {
            assertThat(o.error()).isInstanceOf(InvalidInputException.class);
            assertThat(((InvalidInputException) o.error()).messageKey()).isEqualTo("board.no-dots-left");
        });
        assertThat(jdbc.queryForObject("select count(*) from vote v join member m on m.id = v.member_id "
                + "where v.board_id = ? and m.email = ?", Long.class, room.boardId(), room.pia())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from vote where board_id = ?", Long.class, room.boardId()))
                .isEqualTo(3);
        assertThat(fixtures.as(room.pia(), () -> boardReader.open(room.boardId())).dotsLeft()).isZero();
    }

    @Test
    void twentySimultaneousNotesAreAllStoredWithUniqueGapFreeRevisions() {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        long startRevision = fixtures.as(room.pia(), () -> boardReader.open(room.boardId())).revision();
        List<String> members = List.of(room.pia(), room.per(), room.facilitator(), room.coordinator());

        List<Racer<NoteState>> adds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "Simultaneous idea " + i;
            adds.add(as(members.get(i % members.size()),
                    () -> noteService.addNote(room.boardId(), room.first(), text, null, false)));
        }
        List<Outcome<NoteState>> outcomes = race(adds);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        List<NoteState> added = outcomes.stream().map(Outcome::value).toList();
        assertThat(added).extracting(NoteState::revision).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(startRevision + 1, startRevision + 20)
                        .boxed().toList());
        assertThat(added).extracting(NoteState::position).doesNotHaveDuplicates();

        assertThat(jdbc.queryForObject("select count(*) from note where board_id = ? and deleted_at is null",
                Long.class, room.boardId())).isEqualTo(20);
        List<Long> revisions = jdbc.queryForList("select revision from board_change where board_id = ? "
                + "order by revision", Long.class, room.boardId());
        assertThat(revisions).containsExactlyElementsOf(LongStream.rangeClosed(1, startRevision + 20).boxed()
                .toList());
        assertThat(jdbc.queryForObject("select revision from board where id = ?", Long.class, room.boardId()))
                .isEqualTo(startRevision + 20);
        var seen = fixtures.as(room.pia(), () -> boardReader.open(room.boardId()));
        assertThat(seen.revision()).isEqualTo(startRevision + 20);
        assertThat(seen.notes()).extracting(NoteState::text).containsExactlyInAnyOrderElementsOf(
                added.stream().map(NoteState::text).toList());
        assertThat(seen.notes()).extracting(NoteState::position).isSorted().doesNotHaveDuplicates();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A task that runs as the given member, on a thread of its own. */
    record Racer<T>(String email, Supplier<T> task) {
    }

    private static <T> Racer<T> as(String email, Supplier<T> task) {
        return new Racer<>(email, task);
    }

    /**
     * Runs the tasks on threads of their own, each signed in as its member and held at a start gate until every
     * thread is ready, then released together. Each outcome is in the order of the tasks.
     */
    private static void awaitStart(CountDownLatch start) {
        try {
            if (!start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the start gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> List<Outcome<T>> race(List<Racer<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Racer<T> racer : tasks) {
                futures.add(pool.submit(() -> fixtures.as(racer.email(), () -> {
                    ready.countDown();
                    awaitStart(start);
                    return racer.task().get();
                })));
            }
            assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("all threads ready").isTrue();
            start.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                }
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a racing thread did not finish in " + TIMEOUT_SECONDS + " s", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
