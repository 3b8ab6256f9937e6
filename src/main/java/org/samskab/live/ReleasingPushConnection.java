package org.samskab.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.communication.AtmospherePushConnection;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.PushConnectionFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.websocket.WebSocket;

/**
 * Vaadin's push connection keeps the last message it pushed to a screen until the next push (the future of its
 * broadcast, and Atmosphere's request attributes for the socket, hold it): for a member who only watches, the
 * cards of the whole board that follow the opening answer (175 kB on a 200-note board), for as long as nothing
 * else happens on the board, and for as long as the socket lives when the cards went out while it opened. So a big message is followed by an empty one, which is then kept instead. Not at
 * once: Atmosphere writes on its own threads, and an empty message sent right away was sometimes written first
 * (a heap dump of 100 screens still held 16 boards' cards), so it follows a moment later. Small messages, every
 * live change, are left as they are. Registered in {@code META-INF/services}, as Vaadin finds push connection
 * factories.
 */
public class ReleasingPushConnection extends AtmospherePushConnection {

    /** Messages above this many characters are followed by an empty one. */
    static final int BIG = 16 * 1024;
    static final Duration FOLLOW_AFTER = Duration.ofSeconds(1);
    /** How often a follow waits again for a screen whose changes are still going out. */
    static final int MAX_ATTEMPTS = 30;

    private static final ScheduledExecutorService FOLLOWER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("push-release").factory());

    public ReleasingPushConnection(UI ui) {
        super(ui);
    }

    @Override
    protected void sendMessage(String message) {
        super.sendMessage(message);
        if (message.length() > BIG) {
            follow(getUI(), 0);
        }
    }

    private void follow(UI ui, int attempt) {
        FOLLOWER.schedule(() -> followWithEmptyMessage(ui, attempt), FOLLOW_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void followWithEmptyMessage(UI ui, int attempt) {
        try {
            ui.access(() -> {
                if (!isConnected()) {
                    return;
                }
                if (ui.getInternals().isDirty()) {
                    // Changes are waiting: this task may be running inside a request from this screen, just
                    // before Vaadin writes its answer, and a push now would take the answer's changes with it
                    // (the member's own new note then arrived by push, after the answer). A push that carries
                    // them releases the big message anyway; an answer does not, so look again later.
                    if (attempt < MAX_ATTEMPTS) {
                        follow(ui, attempt + 1);
                    }
                    return;
                }
                push(true);
                forgetWritesInOpeningAttributes();
            });
        } catch (UIDetachedException gone) {
            // The screen closed in the meantime: nothing is kept for it.
        }
    }

    /**
     * Atmosphere keeps a copy of the socket's opening request's attributes for as long as the socket lives, and
     * when the opening was pushed while the socket opened (the browser connected before the cards went out),
     * that copy holds the write's future and token, and with them the message. They are bookkeeping of a write
     * long done.
     */
    private void forgetWritesInOpeningAttributes() {
        AtmosphereResource resource = getResource();
        if (resource != null && resource.getResponse().getAsyncIOWriter() instanceof WebSocket socket) {
            socket.attributes().values().removeIf(value -> value instanceof Future<?>
                    || value.getClass().getName().endsWith("$AsyncWriteToken"));
        }
    }

    /** What Vaadin's bootstrap asks for every UI with push. */
    public static final class Factory implements PushConnectionFactory {

        @Override
        public PushConnection apply(UI ui) {
            return new ReleasingPushConnection(ui);
        }
    }
}
