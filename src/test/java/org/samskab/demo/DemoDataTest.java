package org.samskab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.VoteState;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringStatus;
import org.samskab.gathering.GatheringViews.Facilitator;
import org.samskab.gathering.GatheringViews.GatheringList;
import org.samskab.gathering.GatheringViews.GatheringSummary;
import org.samskab.member.MemberService;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.NetworkSummary;
import org.samskab.security.CurrentMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The demo data goes through the real services and their checks, so a rule that changes breaks the demo here
 * rather than on a presenter's laptop. Runs once per test database: the demo network's name is fixed.
 */
@IntegrationTest
class DemoDataTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    NetworkService networks;
    @Autowired
    InvitationService invitations;
    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    org.samskab.board.NoteService noteService;
    @Autowired
    org.samskab.board.VotingService votingService;
    @Autowired
    org.samskab.board.WallService wallService;
    @Autowired
    org.samskab.board.FacilitationService facilitationService;
    @Autowired
    org.samskab.gathering.TemplateService templates;
    @Autowired
    MemberService members;
    @Autowired
    CurrentMember currentMember;
    @Autowired
    Environment environment;

    @Test
    void theDemoNetworkHasAPastInsightGatheringAndAnUpcomingPilotGatheringEachWithAnIdeaBoard() {
        DemoData demo =
                new DemoData(networks, invitations, gatherings, boardReader, noteService, votingService, wallService,
                        facilitationService, templates, members, currentMember, environment,
                        fixtures.siteAdmin(), "samskab-demo");
        demo.run(null);
        demo.run(null); // Seeds once: a second start changes nothing.

        fixtures.as("ingrid@samskab.example", () -> {
            NetworkSummary network = networks.myNetworks().getFirst();
            assertThat(network.name()).isEqualTo(DemoData.NETWORK);
            assertThat(network.memberCount()).isEqualTo(11);
            GatheringList list = gatherings.list(network.id());

            GatheringSummary insight = list.past().getFirst();
            assertThat(list.past()).hasSize(1);
            assertThat(insight.title()).isEqualTo("Insight gathering");
            assertThat(insight.kind()).isEqualTo(GatheringKind.INSIGHT_GATHERING);
            assertThat(insight.status()).isEqualTo(GatheringStatus.CLOSED);
            assertThat(gatherings.detail(insight.id()).purpose()).contains("8 participants from 6 municipalities");
            assertThat(gatherings.detail(insight.id()).facilitators()).extracting(Facilitator::displayName)
                    .containsExactly("Mette Sørensen", "Ola Haugen");
            List<BoardSummary> insightAgenda = gatherings.agenda(insight.id());
            assertThat(insightAgenda).extracting(BoardSummary::title)
                    .containsExactly("What should our network give us?", "Looking back on the day",
                            "Our network on the U");
            // The day's reflection wall: anonymous posts under three prompts, some resonating with others.
            var wall = boardReader.open(insightAgenda.get(1).id());
            assertThat(wall.board().kind()).isEqualTo(org.samskab.board.BoardKind.REFLECTION_WALL);
            assertThat(wall.sections()).extracting(s -> s.title())
                    .containsExactly("What happened?", "So what?", "Now what?");
            assertThat(wall.notes()).hasSize(6).allSatisfy(n -> assertThat(n.authorName()).isNull());
            assertThat(wall.notes()).filteredOn(n -> n.text().startsWith("I hold back")).singleElement()
                    .satisfies(n -> assertThat(n.resonates()).isEqualTo(3));
            // What the gathering produced: nine notes, one anonymous, and the vote's totals, most dots first.
            var board = boardReader.open(insightAgenda.getFirst().id());
            assertThat(board.notes()).hasSize(9);
            assertThat(board.notes()).filteredOn(n -> n.anonymous()).singleElement()
                    .satisfies(n -> assertThat(n.authorName()).isNull());
            assertThat(board.board().voteState()).isEqualTo(VoteState.CLOSED);
            assertThat(board.notes()).filteredOn(n -> n.text().startsWith("Learning cafés")).singleElement()
                    .satisfies(n -> assertThat(n.votes()).isEqualTo(7));

            GatheringSummary pilot = list.upcoming().getFirst();
            assertThat(list.upcoming()).hasSize(1);
            assertThat(pilot.title()).isEqualTo("Pilot gathering 1");
            assertThat(pilot.status()).isEqualTo(GatheringStatus.PLANNED);
            assertThat(gatherings.agenda(pilot.id())).extracting(BoardSummary::kind)
                    .containsExactly(org.samskab.board.BoardKind.IDEA_BOARD, org.samskab.board.BoardKind.CASE_CLINIC);
            var clinic = boardReader.open(gatherings.agenda(pilot.id()).get(1).id());
            assertThat(clinic.board().group()).hasSize(4).first()
                    .satisfies(m -> assertThat(m.name()).isEqualTo("Hanne Øye"));

            // The Theory U canvas: the group is sensing, and an observation leads to a prototype.
            var canvas = boardReader.open(insightAgenda.get(2).id());
            assertThat(canvas.board().focusSectionId()).isEqualTo(canvas.sections().get(1).id());
            assertThat(canvas.notes()).filteredOn(n -> !n.linksTo().isEmpty()).singleElement()
                    .satisfies(n -> assertThat(n.text()).isEqualTo("Newcomers leave within two years"));
        });
        // The insight gathering's agenda, saved as a template of the network (seeded once).
        fixtures.as("mette@samskab.example", () -> {
            long networkId = networks.myNetworks().getFirst().id();
            assertThat(templates.templates(networkId)).filteredOn(t -> t.id() != null).singleElement()
                    .satisfies(t -> {
                        assertThat(t.name()).isEqualTo("Our insight gathering");
                        assertThat(t.boards()).extracting(b -> b.title()).containsExactly(
                                "What should our network give us?", "Looking back on the day", "Our network on the U");
                    });
        });
    }
}
