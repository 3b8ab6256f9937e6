package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser, on a phone and on a projector: an open board turns read-only the moment its gathering closes,
 * and an editor whose note is deleted meanwhile is told so in their dialog.
 */
class ClosedBoardBrowserTest extends BrowserTest {

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
    void anOpenBoardTurnsReadOnlyWhenItsGatheringClosesAndAnEditorHearsTheirNoteWasDeleted() {
        var network = fixtures.network();
        String ola = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long gathering = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long boardId = fixtures.as(ola, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "What should our network give us?",
                    "One idea per note.", false, List.of("Content", "Ways of working")).id();
        });
        long section = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        NoteState mentoring = fixtures.as(ingrid, () -> noteService.addNote(boardId, section,
                "Mentoring between municipalities", null, false));
        fixtures.as(ingrid,
                () -> noteService.addNote(boardId, section, "Case clinics between gatherings", null, false));

        for (int[] size : new int[][] {{375, 812}, {1920, 1080}}) {
            String suffix = size[0] + "x" + size[1];
            WebDriver phone = newBrowser(size[0], size[1]);
            signIn(phone, ingrid, Fixtures.PASSWORD);
            waitForText(phone, network.name());
            phone.get(url("boards/" + boardId));
            waitForText(phone, "Case clinics between gatherings");

            if (size[0] == 375) {
                // Ingrid edits her note while a facilitator deletes it.
                click(phone, By.cssSelector(".note-card[data-note-id='" + mentoring.id() + "'] .note-actions-button"));
                click(phone, By.xpath("//vaadin-button[contains(@class,'note-action')][normalize-space()='Edit']"));
                waitFor(phone).until(d -> !d.findElements(By.cssSelector("vaadin-text-area.note-editor")).isEmpty());
                fixtures.as(ola, () -> noteService.deleteNote(mentoring.id()));
                waitForText(phone, "This note was removed from the board while you were editing it.");
                screenshot(phone, "note-removed-while-editing-" + suffix);
                click(phone, By.cssSelector("vaadin-button.cancel-edit"));
            }

            fixtures.as(ola, () -> gatherings.close(gathering));
            waitForText(phone, "This gathering is closed; the board is read-only.");
            assertThat(phone.findElements(By.cssSelector("vaadin-button.open-composer")).stream()
                    .noneMatch(b -> b.isDisplayed())).as("no way to add a note").isTrue();
            screenshot(phone, "closed-board-" + suffix);
            fixtures.as(ola, () -> gatherings.start(gathering));
            waitFor(phone).until(d -> !pageText(d).contains("the board is read-only"));
        }
    }
}
