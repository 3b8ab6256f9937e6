package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** Anonymity holds live too: editing your own anonymous note does not put your name on it. */
class AnonymousEditingBrowserTest extends BrowserTest {

    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;

    @Test
    void othersSeeThatSomeoneIsEditingAnAnonymousNoteButNotWho() {
        var network = fixtures.network();
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Lund", null);
        long boardId = fixtures.board(network, true, "Ideas");
        long section = fixtures.as(per, () -> boardReader.open(boardId)).sections().getFirst().id();
        fixtures.as(per, () -> noteService.addNote(boardId, section, "It is hard to say what does not work",
                NoteColour.PINK, true));

        WebDriver coordinator = newBrowser(1280, 900);
        signIn(coordinator, network.coordinator(), Fixtures.PASSWORD);
        waitForText(coordinator, network.name());
        coordinator.get(url("boards/" + boardId));
        waitForText(coordinator, "It is hard to say");

        WebDriver author = newBrowser(1280, 900);
        signIn(author, per, Fixtures.PASSWORD);
        waitForText(author, network.name());
        author.get(url("boards/" + boardId));
        waitForText(author, "It is hard to say");
        click(author, By.cssSelector(".note-card .note-actions-button"));
        click(author, By.xpath("//vaadin-button[contains(@class,'note-action')][normalize-space()='Edit']"));

        waitForText(coordinator, "Someone is editing");
        // (Presence still shows who has the board open, as avatars do; the note itself names no one.)
        String card = String.valueOf(((org.openqa.selenium.JavascriptExecutor) coordinator)
                .executeScript("return document.querySelector('.note-card').innerText"));
        assertThat(card).contains("Anonymous").contains("Someone is editing").doesNotContain("Per Lund");
    }
}
