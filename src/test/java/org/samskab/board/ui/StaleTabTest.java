package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.FacilitationService;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17's stale tabs (docs/adr/0206): a browser that fell behind (its push connection dropped on a sleeping
 * phone) still shows what was, and drags a note as it was: the server gets the drop as the browser sends it
 * ({@link BoardCanvas#dropNote}). Moving a note someone deleted, on a board a facilitator locked, or on a gathering
 * that closed answers with a clear message, translated, and the board drawn again as it is now; never a stack
 * trace.
 */
class StaleTabTest extends BoardUiTest {

    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    GatheringService gatherings;

    private record Tab(long boardId, String ingrid, String coordinator) {
    }

    /** Ingrid's tab on a board with her notes "First" and "Second", opened and then left alone. */
    private Tab openTab(long boardId, String ingrid, String coordinator) {
        long section = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        for (String text : List.of("First", "Second")) {
            fixtures.as(ingrid, () -> noteService.addNote(boardId, section, text, NoteColour.YELLOW, false));
        }
        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(texts()).containsExactly("First", "Second");
        return new Tab(boardId, ingrid, coordinator);
    }

    private Tab networkBoardTab() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        return openTab(fixtures.board(network, false, "Ideas"), ingrid, network.coordinator());
    }

    private static List<String> texts() {
        return BoardViewTest.cards().stream().map(card -> card.note().text()).toList();
    }

    /** The browser drops the note at the end of its section, as its stale screen still shows it. */
    private void dropAsTheBrowserDoes(Tab tab, long noteId) {
        long section = fixtures.as(tab.coordinator(), () -> boardReader.open(tab.boardId())).sections().getFirst()
                .id();
        _get(BoardCanvas.class).dropNote(noteId, section, -1);
    }

    /** A column drawn before; a board drawn again has new ones. */
    private static SectionColumn aColumn() {
        return _get(SectionColumn.class);
    }

    private long noteId(Tab tab, String text) {
        return fixtures.as(tab.coordinator(), () -> boardReader.open(tab.boardId())).notes().stream()
                .filter(note -> note.text().equals(text)).findFirst().orElseThrow().id();
    }

    @Test
    void movingANoteSomeoneDeletedMeanwhileSaysSoAndShowsTheBoardWithoutIt() {
        Tab tab = networkBoardTab();
        long first = noteId(tab, "First");
        SectionColumn before = aColumn();
        fixtures.as(tab.coordinator(), () -> noteService.deleteNote(first));

        dropAsTheBrowserDoes(tab, first);

        expectNotifications("Someone changed the board since your screen last showed it; here it is as it is now.");
        assertThat(aColumn()).as("the board drawn again").isNotSameAs(before);
        assertThat(texts()).containsExactly("Second");
    }

    @Test
    void actingOnABoardAFacilitatorLockedMeanwhileSaysItIsLockedAndShowsItLocked() {
        Tab tab = networkBoardTab();
        SectionColumn before = aColumn();
        fixtures.as(tab.coordinator(), () -> facilitation.setLocked(tab.boardId(), true));

        dropAsTheBrowserDoes(tab, noteId(tab, "First"));

        expectNotifications("A facilitator has locked this board for now: you can read it but not change it.");
        assertThat(aColumn()).as("the board drawn again").isNotSameAs(before);
        assertThat(texts()).as("nothing moved").containsExactly("First", "Second");
        assertThat(shownText(_get(BoardView.class))).contains("locked");
    }

    @Test
    void actingOnAGatheringThatClosedMeanwhileSaysItIsClosedAndShowsTheBoardReadOnly() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long gathering = fixtures.gathering(network, "Pilot gathering", Instant.now(), Duration.ofHours(3));
        long boardId = fixtures.as(network.coordinator(), () -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD,
                "Ideas", "", false, List.of("Ideas")).id());
        fixtures.as(network.coordinator(), () -> gatherings.start(gathering));
        Tab tab = openTab(boardId, ingrid, network.coordinator());
        SectionColumn before = aColumn();
        fixtures.as(tab.coordinator(), () -> gatherings.close(gathering));

        dropAsTheBrowserDoes(tab, noteId(tab, "First"));

        expectNotifications(
                "This gathering is closed, so its boards are read-only. A facilitator can reopen the gathering.");
        assertThat(aColumn()).as("the board drawn again").isNotSameAs(before);
        assertThat(texts()).containsExactly("First", "Second");
        assertThat(_get(BoardView.class).readOnlyBanner.isVisible()).isTrue();
    }
}
