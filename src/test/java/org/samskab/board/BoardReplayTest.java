package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardTimeline.Frame;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replay (docs/adr/0195): the board at any revision of its history is the board as a member saw it then; a post
 * hidden since is gone from every frame; a facilitator restores a deleted note from it. On MariaDB.
 */
@IntegrationTest
class BoardReplayTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader reader;
    @Autowired
    BoardReplay replay;
    @Autowired
    NoteService noteService;
    @Autowired
    SectionService sectionService;
    @Autowired
    VotingService voting;
    @Autowired
    WallService walls;

    @Test
    void theBoardAtEachRevisionIsTheBoardAsItWasThen() {
        TestNetwork network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Holm", null);
        String ola = fixtures.member(network, NetworkRole.PARTICIPANT, "Ola Nordmann", null);
        long boardId = fixtures.board(network, true, "Content", "Ways of working");
        List<BoardSnapshot> seen = new ArrayList<>();
        seen.add(fixtures.as(ola, () -> reader.open(boardId)));
        long content = seen.getFirst().sections().getFirst().id();
        long ways = seen.getFirst().sections().get(1).id();

        NoteState mentoring = fixtures.as(ingrid, () -> noteService.addNote(boardId, content, "Mentoring", null,
                false));
        NoteState clinics = fixtures.as(per, () -> noteService.addNote(boardId, content, "Case clinics", null, true));
        fixtures.as(ingrid, () -> noteService.addNote(boardId, content, "Job rotation", null, false));
        seen.add(fixtures.as(ola, () -> reader.open(boardId)));
        fixtures.as(ingrid, () -> noteService.editNote(mentoring.id(), mentoring.version(), "Mentoring pairs"));
        fixtures.as(per, () -> noteService.moveNote(clinics.id(), ways, null));
        fixtures.as(ingrid, () -> noteService.moveNoteWithinSection(mentoring.id(), 1));
        seen.add(fixtures.as(ola, () -> reader.open(boardId)));
        fixtures.as(network.coordinator(), () -> {
            sectionService.addSection(boardId, "Later");
            sectionService.renameSection(content, "What we want");
        });
        seen.add(fixtures.as(ola, () -> reader.open(boardId)));
        fixtures.as(network.coordinator(), () -> voting.startVote(boardId, 3, false));
        fixtures.as(ola, () -> {
            voting.placeDot(clinics.id());
            voting.placeDot(clinics.id());
        });
        fixtures.as(network.coordinator(), () -> {
            voting.endVote(boardId);
            voting.sortByVotes(boardId);
        });
        seen.add(fixtures.as(ola, () -> reader.open(boardId)));
        fixtures.as(ingrid, () -> noteService.deleteNote(mentoring.id()));
        seen.add(fixtures.as(ola, () -> reader.open(boardId)));

        BoardTimeline timeline = fixtures.as(ola, () -> replay.timeline(boardId));
        for (BoardSnapshot then : seen) {
            Frame frame = timeline.at(indexOf(timeline, then.revision()));
            assertThat(frame.revision()).isEqualTo(then.revision());
            assertThat(frame.sections()).as("sections at %d", then.revision()).isEqualTo(then.sections());
            assertThat(frame.notes()).as("notes at %d", then.revision())
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("revision")
                    .containsExactlyElementsOf(then.notes());
        }
        assertThat(timeline.deletedNow()).containsExactly(mentoring.id());
        assertThat(timeline.restores()).isFalse();
        assertThatThrownBy(() -> fixtures.as(ola, () -> noteService.restoreDeleted(mentoring.id())))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(fixtures.as(network.coordinator(), () -> replay.timeline(boardId)).restores()).isTrue();
        fixtures.as(network.coordinator(), () -> noteService.restoreDeleted(mentoring.id()));
        assertThat(fixtures.as(ola, () -> reader.open(boardId)).notes()).extracting(NoteState::text)
                .contains("Mentoring pairs");
        assertThat(fixtures.as(ola, () -> replay.timeline(boardId)).deletedNow()).isEmpty();
    }

    @Test
    void aPostHiddenSinceIsGoneFromEveryFrameAndAnonymousAuthorsStayUnnamed() {
        TestNetwork network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long wall = fixtures.as(network.coordinator(), () -> boards.createBoard(network.id(), null,
                BoardKind.REFLECTION_WALL, "Looking back", null, false, true, List.of("What happened?")).id());
        long prompt = fixtures.as(ingrid, () -> reader.open(wall)).sections().getFirst().id();
        fixtures.as(ingrid, () -> noteService.addNote(wall, prompt, "I learned to listen", null, false));
        NoteState rude = fixtures.as(ingrid, () -> noteService.addNote(wall, prompt, "Something rude", null, false));
        fixtures.as(network.coordinator(), () -> walls.hidePost(rude.id(), "Breaks our agreements"));

        BoardTimeline timeline = fixtures.as(ingrid, () -> replay.timeline(wall));
        for (int i = 0; i < timeline.steps().size(); i++) {
            assertThat(timeline.at(i).notes()).extracting(NoteState::text).doesNotContain("Something rude");
            assertThat(timeline.at(i).notes()).allSatisfy(note -> assertThat(note.authorName()).isNull());
        }
        assertThat(timeline.at(timeline.steps().size() - 1).notes()).extracting(NoteState::text)
                .containsExactly("I learned to listen");
        assertThat(timeline.deletedNow()).isEmpty();
    }

    private static int indexOf(BoardTimeline timeline, long revision) {
        int index = 0;
        for (int i = 0; i < timeline.steps().size(); i++) {
            if (timeline.steps().get(i).revision() <= revision) {
                index = i;
            }
        }
        return index;
    }
}
