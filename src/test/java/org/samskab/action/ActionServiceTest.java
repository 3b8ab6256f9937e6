package org.samskab.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.NoteService;
import org.samskab.gathering.GatheringService;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Actions between gatherings: recorded from a note, owned by a member of the network, listed as one's own, marked
 * done with what happened, shown with the gathering's harvest once the publish gate allows, and carried onto a
 * reflection wall at the next gathering in one step. On MariaDB.
 */
@IntegrationTest
class ActionServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;
    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    MemberService members;
    @Autowired
    Clock clock;

    @Test
    void anActionIsRecordedFromANoteFollowedUpAndCarriedToTheNextGathering() {
        TestNetwork network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Holm", null);
        String ola = fixtures.member(network, NetworkRole.PARTICIPANT, "Ola Nordmann", null);
        TestNetwork elsewhere = fixtures.network();
        String stranger = fixtures.member(elsewhere, NetworkRole.FACILITATOR, "Kari Vik", null);
        long perId = members.findByEmail(per).orElseThrow().id();
        long strangerId = members.findByEmail(stranger).orElseThrow().id();
        long insight = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long board = fixtures.as(mette, () -> {
            gatherings.start(insight);
            return gatherings.addBoard(insight, BoardKind.IDEA_BOARD, "Ideas", null, true, List.of("Ideas")).id();
        });
        long section = fixtures.as(ingrid, () -> boardReader.open(board)).sections().getFirst().id();
        NoteState mentoring = fixtures.as(ingrid, () -> noteService.addNote(board, section, "Mentoring", null,
                false));
        NoteState quiet = fixtures.as(per, () -> noteService.addNote(board, section, "Quiet voices", null, true));
        LocalDate inTwoWeeks = LocalDate.now(clock).plusWeeks(2);

        ActionView mine = fixtures.as(ingrid, () -> actions.record(network.id(), null, mentoring.id(),
                "Try mentoring pairs at home", null, inTwoWeeks));
        assertThat(mine.gatheringId()).isEqualTo(insight);
        assertThat(mine.gatheringTitle()).isEqualTo("Insight gathering");
        assertThat(mine.ownerName()).isEqualTo("Ingrid Bakke");
        assertThat(mine.sourceText()).isEqualTo("Mentoring");
        ActionView forPer = fixtures.as(ingrid, () -> actions.record(network.id(), null, quiet.id(),
                "Ask the quiet ones first", perId, null));
        assertThat(forPer.sourceText()).isEqualTo("Quiet voices");
        assertThat(forPer.toString()).doesNotContain("Per Holm: ").contains("ownerName=Per Holm");

        refused(() -> fixtures.as(ingrid, () -> actions.record(network.id(), null, null, "Alone", strangerId,
                null)), "action.owner-not-member");
        refused(() -> fixtures.as(ingrid, () -> actions.record(network.id(), null, null, "Late", null,
                LocalDate.now(clock).minusDays(1))), "action.due-in-past");
        refused(() -> fixtures.as(ingrid, () -> actions.record(network.id(), null, null, " ", null, null)),
                "validation.required");
        refused(() -> fixtures.as(ingrid, () -> actions.record(network.id(), null, null, "x".repeat(501), null,
                null)), "validation.too-long");
        assertThatThrownBy(() -> fixtures.as(stranger, () -> actions.record(elsewhere.id(), null, mentoring.id(),
                "Borrowed", null, null))).isInstanceOf(ItemNotFoundException.class);

        assertThat(fixtures.as(ingrid, () -> actions.mine())).extracting(ActionView::text)
                .containsExactly("Try mentoring pairs at home");
        assertThat(fixtures.as(per, () -> actions.mine())).extracting(ActionView::text)
                .containsExactly("Ask the quiet ones first");
        // The anonymous post it came from is shown to whoever chose it only: beside Per's name it could say more.
        assertThat(fixtures.as(per, () -> actions.mine()).getFirst().sourceText()).isNull();
        assertThatThrownBy(() -> fixtures.as(ola, () -> actions.conclude(forPer.id(), ActionStatus.DONE, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> actions.conclude(forPer.id(), ActionStatus.DONE,
                null))).isInstanceOf(ItemNotFoundException.class);
        ActionView done = fixtures.as(per, () -> actions.conclude(forPer.id(), ActionStatus.DONE,
                "Two new voices in our team meeting"));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.outcome()).isEqualTo("Two new voices in our team meeting");

        // The source is shown only while the network keeps it.
        fixtures.as(ingrid, () -> noteService.keepForTheRoom(mentoring.id(), true));
        assertThat(fixtures.as(ingrid, () -> actions.mine()).getFirst().sourceText()).isNull();

        fixtures.as(mette, () -> gatherings.close(insight));
        assertThat(fixtures.as(ola, () -> actions.ofGathering(insight))).isEmpty();
        assertThat(fixtures.as(ola, () -> actions.openIn(network.id()))).as("withheld with its gathering").isEmpty();
        assertThat(fixtures.as(ingrid, () -> actions.openIn(network.id()))).extracting(ActionView::text)
                .containsExactly("Try mentoring pairs at home");
        fixtures.as(mette, () -> gatherings.publish(insight));
        assertThat(fixtures.as(ola, () -> actions.ofGathering(insight))).extracting(ActionView::text)
                .containsExactly("Try mentoring pairs at home", "Ask the quiet ones first");

        long pilot = fixtures.gathering(network, "Pilot gathering", Instant.now(clock), Duration.ofHours(3));
        fixtures.as(mette, () -> gatherings.start(pilot));
        assertThatThrownBy(() -> fixtures.as(ola, () -> actions.carryToWall(pilot, "Since last time", "Tell us")))
                .isInstanceOf(PermissionDeniedException.class);
        long wall = fixtures.as(mette, () -> actions.carryToWall(pilot, "What did you try?",
                "What did you try, and what happened?"));
        assertThat(fixtures.as(ola, () -> boardReader.open(wall)).sections()).extracting(SectionState::title)
                .containsExactly("Ingrid Bakke: Try mentoring pairs at home");
        assertThat(fixtures.as(ingrid, () -> actions.mine()).getFirst().followUpBoardId()).isEqualTo(wall);
        assertThat(fixtures.as(mette, () -> gatherings.agenda(pilot))).hasSize(1);
    }
}
