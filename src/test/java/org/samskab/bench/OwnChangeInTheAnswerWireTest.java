package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.board.BoardReader;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's own change comes back in the answer to their click, even when the screen's push connection follows
 * a big message with an empty one at that moment (ReleasingPushConnection): that follow-up runs as a pending task
 * of the session, which Vaadin runs just before it writes an answer, and a push there took the answer's changes
 * along. Under load (the capacity harness's direct step) a third of the clicks were answered that way.
 */
class OwnChangeInTheAnswerWireTest extends BrowserTest {

    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    DataSource dataSource;

    @Test
    void aNoteAddedWhileTheBigPushIsFollowedComesBackInTheAnswer() throws Exception {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Answer", null);
        long boardId = fixtures.board(network, false, "Content");
        long sectionId = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        // Enough notes that the cards pushed after the opening answer make a big message.
        for (int i = 0; i < 80; i++) {
            String text = "Note " + i + " " + "a fairly long line of what people write on a board ".repeat(5);
            fixtures.as(ingrid, () -> noteService.addNote(boardId, sectionId, text, NoteColour.BLUE, false));
        }

        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        HttpClient http = VaadinClient.newHttpClient(callbacks);
        try {
            VaadinClient client = new VaadinClient(http, URI.create(url("")));
            Target target = Target.samskab(URI.create(url("")), boardId, List.of(ingrid), Fixtures.PASSWORD);
            target.openAs(client, 0);
            CompletableFuture<Long> bigPushAt = new CompletableFuture<>();
            client.connectPush(message -> {
                if (message.text().length() > 16 * 1024) {
                    bigPushAt.complete(System.nanoTime());
                }
            });
            long pushedAt = bigPushAt.get(30, TimeUnit.SECONDS);
            Writer writer = new Writer(client, target);

            // The click's change waits for the board's row lock until well after the follow-up is due (a second
            // after the big message), so the follow-up is pending when Vaadin writes the click's answer.
            String mine = Fixtures.unique("Mine");
            VaadinClient.RpcResult answer;
            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (PreparedStatement lock = holder.prepareStatement("select id from board where id = ? for update")) {
                    lock.setLong(1, boardId);
                    lock.executeQuery().close();
                }
                CompletableFuture<VaadinClient.RpcResult> clicked = CompletableFuture.supplyAsync(() -> {
                    try {
                        return writer.write(mine);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, callbacks);
                long release = pushedAt + TimeUnit.MILLISECONDS.toNanos(2_000);
                Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(release - System.nanoTime())));
                holder.rollback();
                answer = clicked.get(30, TimeUnit.SECONDS);
            }
            assertThat(answer.body()).as("the click's answer").contains(mine);
            client.close();
        } finally {
            http.shutdownNow();
            callbacks.shutdownNow();
        }
    }
}
