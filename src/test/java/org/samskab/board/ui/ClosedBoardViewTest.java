package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.NoteService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** A closed gathering's board: open screens switch to read-only at once, and back when it reopens. */
class ClosedBoardViewTest extends BoardUiTest {

    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    GatheringService gatherings;
    @Autowired
    Clock clock;

    @Test
    void openScreensTurnReadOnlyWhenTheGatheringClosesAndWritableWhenItReopens() {
        var network = fixtures.network();
        String ola = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long gathering = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long boardId = fixtures.as(ola, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", null, false, List.of("Ideas"))
                    .id();
        });
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        fixtures.as(ingrid, () -> noteService.addNote(boardId, sectionId, "Mentoring", null, false));

        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        BoardView board = _get(BoardView.class);
        SectionColumn ideas = _get(SectionColumn.class);
        assertThat(board.readOnlyBanner.isVisible()).isFalse();
        assertThat(ideas.openComposer.isVisible()).isTrue();
        assertThat(BoardViewTest.actionsOf(BoardViewTest.onlyCard())).contains("Edit", "Delete");

        fixtures.as(ola, () -> gatherings.close(gathering));
        awaitLive(() -> board.readOnlyBanner.isVisible());

        assertThat(shownText(board.readOnlyBanner)).contains("This gathering is closed; the board is read-only.")
                .doesNotContain("reopen");
        assertThat(ideas.openComposer.isVisible()).isFalse();
        assertThat(BoardViewTest.button(BoardViewTest.onlyCard(), NoteCard.ACTIONS)).as("no actions to offer").isNull();
        assertThat(board.addSection.isVisible()).isFalse();

        fixtures.as(ola, () -> gatherings.start(gathering));
        awaitLive(() -> !board.readOnlyBanner.isVisible());

        assertThat(ideas.openComposer.isVisible()).isTrue();
        assertThat(BoardViewTest.actionsOf(BoardViewTest.onlyCard())).contains("Edit", "Delete");
    }

    @Test
    void aFacilitatorOpeningAClosedBoardIsToldHowToWriteAgainAndOfferedNoChange() {
        var network = fixtures.network();
        String ola = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long gathering = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long boardId = fixtures.as(ola, () -> {
            gatherings.start(gathering);
            long id = gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", null, false, List.of("Ideas"))
                    .id();
            gatherings.close(gathering);
            return id;
        });

        signInAndOpenUi(ola);
        UI.getCurrent().navigate("boards/" + boardId);

        BoardView board = _get(BoardView.class);
        assertThat(shownText(board.readOnlyBanner)).contains("the board is read-only",
                "reopen the gathering on its page");
        assertThat(_get(SectionColumn.class).openComposer.isVisible()).isFalse();
        assertThat(board.addSection.isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withClasses("start-vote"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("rename-section"))).isEmpty();
        assertThat(_find(Button.class).stream().map(Button::getText)).contains("History");
    }
}
