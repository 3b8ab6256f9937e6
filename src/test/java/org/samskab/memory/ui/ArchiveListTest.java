package org.samskab.memory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.KaribuTest;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.board.VotingService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

class ArchiveListTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    VotingService voting;
    @Autowired
    Clock clock;
    @Autowired
    org.samskab.member.MemberService members;

    @Test
    void theArchiveListsClosedGatheringsWithTheirTopIdeasAndFiltersThem() {
        TestNetwork network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        long insight = closedGathering(network, mette, ingrid, "Insight gathering", "Mentoring pairs");
        long pilot = closedGathering(network, mette, null, "Pilot gathering", "Job rotation");

        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("networks/" + network.id());
        _get(TabSheet.class).setSelectedIndex(1);
        ArchiveList archive = _get(ArchiveList.class);
        assertThat(titles()).containsExactlyInAnyOrder("Insight gathering", "Pilot gathering");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("archive-title")).stream().map(Anchor::getHref)
                .toList()).containsExactlyInAnyOrder("gatherings/" + insight + "/harvest",
                        "gatherings/" + pilot + "/harvest");
        assertThat(archive.getElement().getTextRecursively()).contains("Top ideas", "Mentoring pairs",
                "2 gatherings");

        _setValue(archive.organisation, "Sarpsborg kommune");
        assertThat(titles()).containsExactly("Insight gathering");
        _setValue(archive.organisation, null);
        _setValue(archive.facilitator, "Mette Sørensen");
        assertThat(titles()).hasSize(2);
    }

    private long closedGathering(TestNetwork network, String facilitator, String participant, String title,
            String idea) {
        long gathering = fixtures.gathering(network, title, Instant.now(clock), Duration.ofHours(3));
        long facilitatorId = members.findByEmail(facilitator).orElseThrow().id();
        fixtures.as(network.coordinator(), () -> {
            var form = gatherings.detail(gathering).form();
            return gatherings.update(gathering, new org.samskab.gathering.GatheringForm(form.title(), form.kind(),
                    form.startsAt(), form.endsAt(), form.place(), form.onlineLink(), form.purpose(),
                    java.util.Set.of(facilitatorId)));
        });
        long board = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", null, false, List.of("Ideas")).id();
        });
        long section = fixtures.as(facilitator, () -> boardReader.open(board)).sections().getFirst().id();
        String author = participant == null ? facilitator : participant;
        NoteState note = fixtures.as(author, () -> noteService.addNote(board, section, idea, null, false));
        fixtures.as(facilitator, () -> noteService.addNote(board, section, "Less important", null, false));
        fixtures.as(facilitator, () -> voting.startVote(board, 3, true));
        fixtures.as(author, () -> voting.placeDot(note.id()));
        fixtures.as(facilitator, () -> {
            voting.endVote(board);
            gatherings.close(gathering);
            gatherings.publish(gathering);
        });
        return gathering;
    }

    private static List<String> titles() {
        return _find(ListItem.class, spec -> spec.withClasses("archive-entry")).stream()
                .map(item -> _get(item, Anchor.class, spec -> spec.withClasses("archive-title")).getText()).toList();
    }
}
