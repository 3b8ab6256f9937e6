package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.samskab.Refusals.refused;
import static org.samskab.board.Room.note;
import static org.samskab.board.Room.order;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Dot voting: who runs it, the dot budget, hidden and shown totals, rounds, and sorting by the result. */
@IntegrationTest
class BoardVotingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardService boards;
    @Autowired
    VotingService votingService;
    @Autowired
    NoteService noteService;
    @Autowired
    BoardReader boardReader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BoardEventRecorder recorder;

    @Test
    void onlyFacilitatorsAndCoordinatorsStartEndAndSortAVote() {
        Room room = room();
        add(room, room.first(), "Idea");

        fixtures.as(room.pia(), () -> {
            assertThatThrownBy(() -> votingService.startVote(room.boardId(), 3, true))
                    .isInstanceOf(PermissionDeniedException.class);
        });
        assertThat(open(room.pia(), room).board().voteState()).isEqualTo(VoteState.NONE);

        BoardState started = fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 4, false));
        assertThat(started.voteState()).isEqualTo(VoteState.OPEN);
        assertThat(started.voteDots()).isEqualTo(4);
        assertThat(started.voteTotalsVisible()).isFalse();
        fixtures.as(room.pia(), () -> {
            assertThatThrownBy(() -> votingService.endVote(room.boardId()))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> votingService.sortByVotes(room.boardId()))
                    .isInstanceOf(PermissionDeniedException.class);
        });
        assertThat(open(room.per(), room).board().voteState()).isEqualTo(VoteState.OPEN);
        assertThat(open(room.per(), room).dotsLeft()).isEqualTo(4);

        BoardState ended = fixtures.as(room.coordinator(), () -> votingService.endVote(room.boardId()));
        assertThat(ended.voteState()).isEqualTo(VoteState.CLOSED);
        assertThat(open(room.per(), room).board().voteState()).isEqualTo(VoteState.CLOSED);
        fixtures.as(room.coordinator(),
                () -> refused(() -> votingService.endVote(room.boardId()), "board.no-open-vote"));
    }

    @Test
    void aVoteGivesBetweenOneAndTwentyDots() {
        Room room = room();

        fixtures.as(room.facilitator(), () -> {
            for (int dots : new int[] {0, -1, 21, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                assertThat(refused(() -> votingService.startVote(room.boardId(), dots, true), "board.dots-range")
                        .messageArguments()).containsExactly(1, 20);
            }
        });
        assertThat(open(room.pia(), room).board().voteState()).isEqualTo(VoteState.NONE);

        fixtures.as(room.facilitator(), () -> {
            assertThat(votingService.startVote(room.boardId(), 1, true).voteDots()).isEqualTo(1);
            votingService.endVote(room.boardId());
            assertThat(votingService.startVote(room.boardId(), 20, true).voteDots()).isEqualTo(20);
        });
        assertThat(open(room.pia(), room).dotsLeft()).isEqualTo(20);
    }

    @Test
    void dotsNeedAnOpenVote() {
        Room room = room();
        NoteState note = add(room, room.first(), "Idea");

        fixtures.as(room.pia(), () -> refused(() -> votingService.placeDot(note.id()), "board.no-open-vote"));
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 3, true));
        fixtures.as(room.pia(), () -> votingService.placeDot(note.id()));
        fixtures.as(room.facilitator(), () -> votingService.endVote(room.boardId()));
        fixtures.as(room.pia(), () -> {
            refused(() -> votingService.placeDot(note.id()), "board.no-open-vote");
            refused(() -> votingService.removeDot(note.id()), "board.no-open-vote");
        });
        assertThat(votesStored(room)).isEqualTo(1);
    }

    @Test
    void aMemberCannotPlaceMoreDotsThanTheVoteGives() {
        Room room = room();
        NoteState a = add(room, room.first(), "A");
        NoteState b = add(room, room.second(), "B");
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 3, true));

        fixtures.as(room.pia(), () -> {
            assertThat(votingService.placeDot(a.id())).isEqualTo(1);
            assertThat(votingService.placeDot(b.id())).isEqualTo(2);
            assertThat(votingService.placeDot(a.id())).isEqualTo(3);
            assertThat(refused(() -> votingService.placeDot(b.id()), "board.no-dots-left").messageArguments())
                    .containsExactly(3);
            refused(() -> votingService.placeDot(a.id()), "board.no-dots-left");
        });

        assertThat(votesStored(room)).isEqualTo(3);
        BoardSnapshot pia = open(room.pia(), room);
        assertThat(pia.dotsLeft()).isZero();
        assertThat(pia.myDots()).containsExactlyInAnyOrderEntriesOf(Map.of(a.id(), 2, b.id(), 1));
        // Another member's budget is their own.
        fixtures.as(room.per(), () -> assertThat(votingService.placeDot(b.id())).isEqualTo(1));
        assertThat(open(room.per(), room).dotsLeft()).isEqualTo(2);
        assertThat(note(open(room.per(), room), b.id()).votes()).isEqualTo(2);
    }

    @Test
    void dotsOnADeletedNoteGoBackToThePeopleWhoPlacedThem() {
        Room room = room();
        NoteState doomed = add(room, room.first(), "Will be deleted");
        NoteState kept = add(room, room.first(), "Stays");
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 2, true));
        fixtures.as(room.pia(), () -> {
            votingService.placeDot(doomed.id());
            votingService.placeDot(doomed.id());
            refused(() -> votingService.placeDot(kept.id()), "board.no-dots-left");
        });

        fixtures.as(room.facilitator(), () -> noteService.deleteNote(doomed.id()));

        assertThat(open(room.pia(), room).dotsLeft()).isEqualTo(2);
        fixtures.as(room.pia(), () -> assertThat(votingService.placeDot(kept.id())).isEqualTo(1));
    }

    @Test
    void severalDotsMayGoOnOneNoteAndBeTakenBackOneByOne() {
        Room room = room();
        NoteState note = add(room, room.first(), "Worth three");
        NoteState other = add(room, room.first(), "Worth none");
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 5, true));

        fixtures.as(room.pia(), () -> {
            votingService.placeDot(note.id());
            votingService.placeDot(note.id());
            assertThat(votingService.placeDot(note.id())).isEqualTo(3);
        });
        assertThat(note(open(room.per(), room), note.id()).votes()).isEqualTo(3);
        assertThat(open(room.pia(), room).myDots()).containsExactly(Map.entry(note.id(), 3));

        fixtures.as(room.pia(), () -> {
            assertThat(votingService.removeDot(note.id())).isEqualTo(2);
            refused(() -> votingService.removeDot(other.id()), "board.no-dot-here");
        });
        // Per has no dot there to take back, and cannot take back Pia's.
        fixtures.as(room.per(), () -> refused(() -> votingService.removeDot(note.id()), "board.no-dot-here"));
        assertThat(note(open(room.per(), room), note.id()).votes()).isEqualTo(2);
        assertThat(open(room.pia(), room).dotsLeft()).isEqualTo(3);

        fixtures.as(room.pia(), () -> {
            assertThat(votingService.removeDot(note.id())).isEqualTo(1);
            assertThat(votingService.removeDot(note.id())).isZero();
            refused(() -> votingService.removeDot(note.id()), "board.no-dot-here");
        });
        assertThat(votesStored(room)).isZero();
        assertThat(open(room.pia(), room).dotsLeft()).isEqualTo(5);
    }

    @Test
    void hiddenTotalsStayHiddenWhileTheVoteRunsAndAreShownToEveryoneWhenItEnds() {
        Room room = room();
        NoteState a = add(room, room.first(), "A");
        NoteState b = add(room, room.second(), "B");
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 3, false));
        int announcedBefore = recorder.committed(room.boardId()).size();

        fixtures.as(room.pia(), () -> {
            votingService.placeDot(a.id());
            votingService.placeDot(a.id());
        });
        fixtures.as(room.per(), () -> votingService.placeDot(b.id()));

        for (String member : List.of(room.pia(), room.per())) {
            BoardSnapshot seen = open(member, room);
            assertThat(seen.notes()).as(member).extracting(NoteState::votes).containsOnlyNulls();
        }
        // A member still sees their own dots, and how many are left.
        assertThat(open(room.pia(), room).myDots()).containsExactly(Map.entry(a.id(), 2));
        assertThat(open(room.pia(), room).dotsLeft()).isEqualTo(1);
        assertThat(open(room.per(), room).myDots()).containsExactly(Map.entry(b.id(), 1));
        // Nor do the live announcements give totals away.
        assertThat(recorder.committed(room.boardId()).stream().skip(announcedBefore).toList())
                .flatExtracting(BoardChanged::notes).allSatisfy(n -> assertThat(n.votes()).isNull());

        fixtures.as(room.facilitator(), () -> votingService.endVote(room.boardId()));

        for (String member : List.of(room.pia(), room.per(), room.facilitator())) {
            BoardSnapshot seen = open(member, room);
            assertThat(note(seen, a.id()).votes()).as(member).isEqualTo(2);
            assertThat(note(seen, b.id()).votes()).as(member).isEqualTo(1);
            assertThat(seen.dotsLeft()).isZero();
        }
        BoardChanged ended = recorder.committed(room.boardId()).getLast();
        assertThat(ended.board().voteState()).isEqualTo(VoteState.CLOSED);
        assertThat(ended.notes()).extracting(NoteState::id, NoteState::votes).containsExactlyInAnyOrder(
                tuple(a.id(), 2), tuple(b.id(), 1));
    }

    @Test
    void visibleTotalsAreShownWhileTheVoteRuns() {
        Room room = room();
        NoteState a = add(room, room.first(), "A");
        NoteState b = add(room, room.first(), "B");
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 3, true));
        assertThat(open(room.per(), room).notes()).extracting(NoteState::votes).containsOnly(0);

        fixtures.as(room.pia(), () -> votingService.placeDot(a.id()));
        fixtures.as(room.per(), () -> votingService.placeDot(a.id()));

        BoardSnapshot seen = open(room.per(), room);
        assertThat(note(seen, a.id()).votes()).isEqualTo(2);
        assertThat(note(seen, b.id()).votes()).isZero();
        assertThat(recorder.committed(room.boardId()).getLast().notes()).extracting(NoteState::id, NoteState::votes)
                .containsExactly(tuple(a.id(), 2));
    }

    @Test
    void aNewVoteStartsANewRoundWithAFullBudget() {
        Room room = room();
        NoteState a = add(room, room.first(), "A");
        NoteState b = add(room, room.first(), "B");
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 2, true));
        fixtures.as(room.pia(), () -> {
            votingService.placeDot(a.id());
            votingService.placeDot(a.id());
            refused(() -> votingService.placeDot(b.id()), "board.no-dots-left");
        });
        fixtures.as(room.facilitator(), () -> votingService.endVote(room.boardId()));

        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 3, true));

        BoardSnapshot pia = open(room.pia(), room);
        assertThat(pia.myDots()).isEmpty();
        assertThat(pia.dotsLeft()).isEqualTo(3);
        assertThat(pia.notes()).extracting(NoteState::votes).containsOnly(0);
        fixtures.as(room.pia(), () -> {
            votingService.placeDot(b.id());
            votingService.placeDot(b.id());
            assertThat(votingService.placeDot(a.id())).isEqualTo(3);
            refused(() -> votingService.placeDot(a.id()), "board.no-dots-left");
            // A dot of the earlier round cannot be taken back in this one.
            assertThat(votingService.removeDot(a.id())).isEqualTo(2);
            refused(() -> votingService.removeDot(a.id()), "board.no-dot-here");
        });
        fixtures.as(room.facilitator(), () -> votingService.endVote(room.boardId()));

        BoardSnapshot seen = open(room.per(), room);
        assertThat(note(seen, a.id()).votes()).isZero();
        assertThat(note(seen, b.id()).votes()).isEqualTo(2);
        // The earlier round stays in the database.
        assertThat(jdbc.queryForList("select round, count(*) as dots from vote where board_id = ? group by round "
                + "order by round", room.boardId())).extracting(r -> ((Number) r.get("round")).intValue(),
                        r -> ((Number) r.get("dots")).intValue())
                .containsExactly(tuple(1, 2), tuple(2, 2));
    }

    @Test
    void sortingByVotesOrdersEachSectionByItsTotalsMostFirst() {
        Room room = room();
        long a = add(room, room.first(), "A").id();
        long b = add(room, room.first(), "B").id();
        long c = add(room, room.first(), "C").id();
        long d = add(room, room.second(), "D").id();
        long e = add(room, room.second(), "E").id();
        long f = add(room, room.second(), "F").id();
        fixtures.as(room.facilitator(),
                () -> refused(() -> votingService.sortByVotes(room.boardId()), "board.no-vote-yet"));
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 3, false));
        fixtures.as(room.pia(), () -> {
            votingService.placeDot(c);
            votingService.placeDot(c);
            votingService.placeDot(e);
        });
        fixtures.as(room.per(), () -> {
            votingService.placeDot(c);
            votingService.placeDot(a);
            votingService.placeDot(e);
        });
        fixtures.as(room.facilitator(), () -> {
            votingService.placeDot(d);
            votingService.placeDot(f);
        });
        fixtures.as(room.facilitator(), () -> votingService.endVote(room.boardId()));

        fixtures.as(room.facilitator(), () -> votingService.sortByVotes(room.boardId()));

        BoardSnapshot seen = open(room.pia(), room);
        // A=1 B=0 C=3 | D=1 E=2 F=1: ties keep their earlier order.
        assertThat(order(seen, room.first())).containsExactly(c, a, b);
        assertThat(order(seen, room.second())).containsExactly(e, d, f);
        assertThat(seen.notes()).extracting(NoteState::id, NoteState::votes).contains(
                tuple(c, 3), tuple(b, 0),
                tuple(e, 2));
        // Sorting announces every note's new place.
        assertThat(recorder.committed(room.boardId()).getLast().notes()).extracting(NoteState::id)
                .containsExactlyInAnyOrder(a, b, c, d, e, f);
    }

    private Room room() {
        return Room.create(fixtures, boardReader, false, "Keep", "Change");
    }

    private NoteState add(Room room, long sectionId, String text) {
        return fixtures.as(room.pia(), () -> noteService.addNote(room.boardId(), sectionId, text, null, false));
    }

    private BoardSnapshot open(String email, Room room) {
        return fixtures.as(email, () -> boardReader.open(room.boardId()));
    }

    private long votesStored(Room room) {
        return jdbc.queryForObject("select count(*) from vote where board_id = ?", Long.class, room.boardId());
    }
}
