package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.NoteService;
import org.samskab.board.SectionService;
import org.samskab.board.WallService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the server sends, not what a screen shows: members' screens on an anonymous reflection wall, spoken to
 * through Vaadin's real protocol ({@link VaadinClient}: the first render's UIDL answer and every push frame, as
 * raw text). Before the reveal, no byte sent to another participant or to a facilitator carries a private post;
 * after it, the post arrives without a reload. The author's name is never sent to anyone else.
 */
class PrivateWritingWireTest extends BrowserTest {

    private static final String AUTHOR = "Astrid Wireauthor";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    WallService wallService;
    @Autowired
    SectionService sectionService;

    private final ExecutorService callbacks = Executors.newFixedThreadPool(2);
    private final HttpClient http = VaadinClient.newHttpClient(callbacks);
    private final List<VaadinClient> clients = new ArrayList<>();

    /** One member's screen on the wall, with everything the server sent it so far. */
    private final class Screen {
        final StringBuffer received = new StringBuffer();

        Screen(String email, long wallId) throws Exception {
            VaadinClient client = new VaadinClient(http, URI.create(url("")));
            clients.add(client);
            client.signIn(email, Fixtures.PASSWORD);
            received.append(client.open("boards/" + wallId).body());
            client.connectPush(message -> received.append(message.text()));
        }

        boolean has(String text) {
            return received.indexOf(text) >= 0;
        }
    }

    @Test
    void privatePostsReachNoOtherScreenBeforeTheRevealAndEveryScreenAfterIt() throws Exception {
        var network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String author = fixtures.member(network, NetworkRole.PARTICIPANT, AUTHOR, null);
        String other = fixtures.member(network, NetworkRole.PARTICIPANT, "Olav Other", null);
        long wallId = fixtures.as(facilitator, () -> boards.createBoard(network.id(), null,
                BoardKind.REFLECTION_WALL, "After the pilot", null, false, true, null).id());
        List<Long> prompts = fixtures.as(facilitator, () -> boardReader.open(wallId)).sections().stream()
                .map(s -> s.id()).toList();
        String shared = Fixtures.unique("Shared-reflection");
        fixtures.as(author, () -> noteService.addNote(wallId, prompts.getFirst(), shared, null, false));
        fixtures.as(facilitator, () -> wallService.startPrivateWriting(wallId));
        String earlyPrivate = Fixtures.unique("Early-private");
        fixtures.as(author, () -> noteService.addNote(wallId, prompts.getFirst(), earlyPrivate, null, false));

        Screen others = new Screen(other, wallId);
        Screen facilitators = new Screen(facilitator, wallId);
        Screen authors = new Screen(author, wallId);
        // The first render (its notes come over push just after the answer): the shared post is there, the
        // private one only on its author's screen.
        waitUntil(() -> others.has(shared) && facilitators.has(shared) && authors.has(earlyPrivate),
                "the first render's notes");
        assertThat(others.has(earlyPrivate)).isFalse();
        assertThat(facilitators.has(earlyPrivate)).isFalse();

        // Written while the screens are open.
        String livePrivate = Fixtures.unique("Live-private");
        fixtures.as(author, () -> noteService.addNote(wallId, prompts.get(1), livePrivate, null, false));
        // A public change after it: once that has reached a screen, anything sent before it has too.
        String marker = Fixtures.unique("Marker");
        fixtures.as(facilitator, () -> sectionService.renameSection(prompts.get(2), marker));
        waitUntil(() -> others.has(marker) && facilitators.has(marker), "the public change to arrive");
        // The facilitator is told how many private posts there are, and nothing more.
        waitUntil(() -> facilitators.has("Reveal all posts (2 private posts)"), "the facilitator's private-post count");

        for (Screen screen : List.of(others, facilitators)) {
            assertThat(screen.has(earlyPrivate)).isFalse();
            assertThat(screen.has(livePrivate)).isFalse();
        }

        fixtures.as(facilitator, () -> wallService.revealPrivatePosts(wallId));
        waitUntil(() -> others.has(earlyPrivate) && others.has(livePrivate) && facilitators.has(earlyPrivate)
                && facilitators.has(livePrivate), "the revealed posts to arrive");

        // Anonymous means anonymous: nothing sent to anyone else named the author, except the avatars of who has
        // the wall open (presence says who is in the room, not who wrote what).
        String avatar = "\\{[^{}]*\"name\":\"" + AUTHOR + "\"[^{}]*\\}";
        String presenceLabel = "[^\"]*have this board open: [^\"]*";
        // Presence is announced at most every half second; once it names the author, the check below is not vacuous.
        waitUntil(() -> others.has(AUTHOR) && facilitators.has(AUTHOR), "presence to name the author");
        for (Screen screen : List.of(others, facilitators)) {
            assertThat(screen.received.toString().replaceAll(avatar, "").replaceAll(presenceLabel, ""))
                    .doesNotContain(AUTHOR);
        }
    }

    private static void waitUntil(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @AfterEach
    void closeClients() {
        clients.forEach(VaadinClient::close);
        http.shutdownNow(); // not close(): that waits for sockets a failed test left open
        callbacks.shutdownNow();
    }
}
