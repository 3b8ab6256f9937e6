package org.samskab.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.samskab.Refusals.refused;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.board.RoomService;
import org.samskab.board.VotingService;
import org.samskab.board.WallService;
import org.samskab.gathering.GatheringService;
import org.samskab.memory.HarvestViews.Harvest;
import org.samskab.memory.HarvestViews.HarvestBoard;
import org.samskab.memory.HarvestViews.HarvestNote;
import org.samskab.memory.HarvestViews.HarvestSection;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A closed gathering's harvest: each board as it ended, notes by votes, counts of who took part by organisation,
 * and nothing the network does not keep (anonymous authors, hidden, private and room-only posts, links to them).
 * On MariaDB.
 */
@IntegrationTest
class HarvestServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    HarvestService harvests;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    VotingService voting;
    @Autowired
    WallService walls;
    @Autowired
    RoomService rooms;
    @Autowired
    Clock clock;

    @Test
    void theHarvestShowsEachBoardAsItEndedAndOnlyWhatTheNetworkKeeps() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Holm", network.fredrikstad());
        String ola = fixtures.member(network, NetworkRole.PARTICIPANT, "Ola Nordmann", network.sarpsborg());
        String stranger = fixtures.member(fixtures.network(), NetworkRole.PARTICIPANT, "Kari Vik", null);
        long gathering = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long ideas = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "What should our network give us?", null,
                    true, List.of("Content", "Ways of working")).id();
        });
        long wall = fixtures.as(facilitator, () -> gatherings.addBoard(gathering, BoardKind.REFLECTION_WALL,
                "Looking back", null, false, true, List.of("What happened?")).id());
        long canvas = fixtures.as(facilitator, () -> gatherings.addBoard(gathering, BoardKind.THEORY_U_CANVAS,
                "Our network on the U", null, false, List.of()).id());
        var ideaSections = fixtures.as(ingrid, () -> boardReader.open(ideas)).sections();
        long content = ideaSections.getFirst().id();
        long prompt = fixtures.as(ingrid, () -> boardReader.open(wall)).sections().getFirst().id();
        var stages = fixtures.as(ingrid, () -> boardReader.open(canvas)).sections();

        fixtures.as(ingrid, () -> noteService.addNote(ideas, content, "Mentoring", null, false));
        NoteState clinics = fixtures.as(per, () -> noteService.addNote(ideas, content, "Case clinics", null, true));
        fixtures.as(per, () -> noteService.addNote(ideas, content, "Our director's budget", null, false, null, true));
        fixtures.as(facilitator, () -> voting.startVote(ideas, 3, true));
        fixtures.as(ingrid, () -> {
            voting.placeDot(clinics.id());
            voting.placeDot(clinics.id());
        });
        fixtures.as(facilitator, () -> voting.endVote(ideas));
        fixtures.as(ingrid, () -> noteService.addNote(wall, prompt, "I learned to listen", null, false));
        NoteState offTopic = fixtures.as(per, () -> noteService.addNote(wall, prompt, "Off topic", null, false));
        fixtures.as(facilitator, () -> walls.hidePost(offTopic.id(), "Not for this wall"));
        NoteState seen = fixtures.as(ingrid,
                () -> noteService.addNote(canvas, stages.getFirst().id(), "We hold on to old routines", null, false));
        NoteState kept = fixtures.as(ingrid,
                () -> noteService.addNote(canvas, stages.get(1).id(), "Try a shared onboarding", null, false));
        NoteState roomOnly = fixtures.as(per,
                () -> noteService.addNote(canvas, stages.get(1).id(), "Name the manager", null, false, null, true));
        fixtures.as(ingrid, () -> {
            noteService.linkNotes(seen.id(), kept.id());
            noteService.linkNotes(seen.id(), roomOnly.id());
        });
        refused(() -> fixtures.as(ingrid, () -> harvests.harvest(gathering, Locale.ENGLISH)), "harvest.not-closed");
        fixtures.as(facilitator, () -> gatherings.close(gathering));

        // Until it is published, a member who was not there sees what it was, without its boards.
        Harvest before = fixtures.as(ola, () -> harvests.harvest(gathering, Locale.ENGLISH));
        assertThat(before.title()).isEqualTo("Insight gathering");
        assertThat(before.boards()).isEmpty();
        assertThat(before.publishedAt()).isNull();
        fixtures.as(facilitator, () -> gatherings.publish(gathering));
        Harvest harvest = fixtures.as(ola, () -> harvests.harvest(gathering, Locale.ENGLISH));

        assertThat(harvest.tookPart().total()).isEqualTo(3);
        // In the network's order of organisations (by name).
        assertThat(harvest.tookPart().byOrganisation()).containsExactly(
                org.assertj.core.api.Assertions.entry("Fredrikstad kommune", 1),
                org.assertj.core.api.Assertions.entry("Sarpsborg kommune", 1));
        assertThat(harvest.tookPart().withoutOrganisation()).isEqualTo(1);
        assertThat(harvest.tookPart().guests()).isZero();
        assertThat(harvest.boards()).extracting(HarvestBoard::title).containsExactly(
                "What should our network give us?", "Looking back", "Our network on the U");

        HarvestBoard ideaBoard = harvest.boards().getFirst();
        assertThat(ideaBoard.votesShown()).isTrue();
        assertThat(ideaBoard.sections()).extracting(HarvestSection::title).containsExactly("Content",
                "Ways of working");
        assertThat(ideaBoard.sections().getFirst().notes())
                .extracting(HarvestNote::text, HarvestNote::author, HarvestNote::votes)
                .containsExactly(tuple("Case clinics", null, 2), tuple("Mentoring", "Ingrid Bakke", 0));

        HarvestBoard wallBoard = harvest.boards().get(1);
        assertThat(wallBoard.sections().getFirst().notes()).extracting(HarvestNote::text, HarvestNote::author)
                .containsExactly(tuple("I learned to listen", null));

        HarvestBoard uCanvas = harvest.boards().get(2);
        assertThat(uCanvas.sections()).allSatisfy(stage -> assertThat(stage.title()).isNotBlank());
        HarvestNote leading = uCanvas.sections().getFirst().notes().getFirst();
        assertThat(leading.leadsTo()).containsExactly("Try a shared onboarding");
        assertThat(uCanvas.sections().get(1).notes()).extracting(HarvestNote::text)
                .containsExactly("Try a shared onboarding");

        String everything = harvest.toString();
        assertThat(everything).doesNotContain("Our director's budget", "Name the manager", "Off topic",
                "Per Holm");

        assertThatThrownBy(() -> fixtures.as(stranger, () -> harvests.harvest(gathering, Locale.ENGLISH)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> harvests.harvest(Long.MAX_VALUE, Locale.ENGLISH)))
                .isInstanceOf(ItemNotFoundException.class);
    }
}
