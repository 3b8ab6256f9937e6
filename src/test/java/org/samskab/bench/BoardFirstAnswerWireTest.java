package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opening a board, as the server sends it: the answer to the navigation carries the board's frame and none of its
 * notes (Vaadin keeps that answer in memory until the browser's next request); the notes arrive over push just
 * after it.
 */
class BoardFirstAnswerWireTest extends BrowserTest {

    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;

    @Test
    void theNotesFollowTheOpeningAnswerOverPush() throws Exception {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Wire", null);
        long boardId = fixtures.board(network, false, "Content");
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        String note = Fixtures.unique("Wire-note");
        fixtures.as(ingrid, () -> noteService.addNote(boardId, sectionId, note, NoteColour.BLUE, false));

        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        HttpClient http = VaadinClient.newHttpClient(callbacks);
        try {
            VaadinClient client = new VaadinClient(http, URI.create(url("")));
            client.signIn(ingrid, Fixtures.PASSWORD);
            VaadinClient.RpcResult answer = client.open("boards/" + boardId);
            assertThat(answer.body()).contains("Content").doesNotContain(note).doesNotContain("note-text");

            CompletableFuture<String> pushed = new CompletableFuture<>();
            client.connectPush(message -> {
                if (message.text().contains(note)) {
                    pushed.complete(message.text());
                }
            });
            assertThat(pushed.get(30, TimeUnit.SECONDS)).contains("note-text").contains("data-notes-shown");
            client.close();
        } finally {
            http.shutdownNow(); // not close(): that waits for open sockets, forever if an assertion failed
            callbacks.shutdownNow();
        }
    }
}
