package org.samskab.memory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.KaribuTest;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.NoteService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.samskab.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

class HarvestViewTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    Clock clock;

    @Test
    void aMemberReadsAClosedGatheringsHarvestFromItsPage() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        long gathering = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long ideas = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", "One idea per note.", true,
                    List.of("Content")).id();
        });
        long content = fixtures.as(ingrid, () -> boardReader.open(ideas)).sections().getFirst().id();
        fixtures.as(ingrid, () -> {
            noteService.addNote(ideas, content, "Mentoring 🌱", null, false);
            noteService.addNote(ideas, content, "Quiet voices", null, true);
        });

        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate(HarvestView.href(gathering));
        assertThat(_find(HarvestView.class)).as("no harvest while it is live").isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Insight gathering");

        fixtures.as(facilitator, () -> gatherings.close(gathering));
        UI.getCurrent().navigate("gatherings/" + gathering);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("harvest-link")).getHref())
                .isEqualTo(HarvestView.href(gathering));
        UI.getCurrent().navigate(HarvestView.href(gathering));

        HarvestView view = _get(HarvestView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Insight gathering");
        assertThat(view.getElement().getTextRecursively()).contains("Took part", "2 people",
                "Sarpsborg kommune 1", "without an organisation 1", "One idea per note.");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsExactly("Ideas");
        assertThat(_find(H3.class).stream().map(H3::getText).toList()).containsExactly("Content");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("harvest-note")).stream()
                .map(item -> item.getElement().getTextRecursively()).toList())
                .containsExactly("Mentoring 🌱Ingrid BakkeMake an action of this",
                        "Quiet voicesAnonymousMake an action of this");
        assertThat(view.getPageTitle()).isEqualTo("Harvest: Insight gathering");
    }

    @Test
    void anotherNetworksHarvestIsNotFound() {
        TestNetwork other = fixtures.network();
        long theirs = fixtures.gathering(other, "Secret gathering", Instant.now(clock), Duration.ofHours(2));
        fixtures.as(other.coordinator(), () -> {
            gatherings.start(theirs);
            gatherings.close(theirs);
        });
        String participant = fixtures.member(fixtures.network(), NetworkRole.PARTICIPANT, "Per Lund", null);

        signInAndOpenUi(participant);
        UI.getCurrent().navigate(HarvestView.href(theirs));
        _assertOne(NotFoundView.class);
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).doesNotContain("Secret gathering");
        UI.getCurrent().navigate("gatherings/not-a-number/harvest");
        _assertOne(NotFoundView.class);
    }
}
