package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A facilitator's action on a note as the measured change (issue 14), through the board's own controls (the note's
 * actions, then the action's button). Before measuring, the facilitator writes one note per nonce; their cards
 * reach the observers then. The clock starts just before the action's request (opening the note's actions is the
 * facilitator's own, like a menu).
 * <ul>
 * <li>{@link #spotlight}: every observer's screen shows "In the spotlight: …" with the note's text (the nonce).
 * <li>{@link #bringEveryone}: on a live gathering's board, every following screen is sent to the note (the script
 * that scrolls there), which is how an observer recognises it, matched to the actions in order.
 * </ul>
 */
final class FacilitatorAction implements Propagation.Sender {

    private final String facilitator;
    private final String button;
    private final @Nullable String shows;
    private @Nullable VaadinClient client;

    private FacilitatorAction(String facilitatorEmail, String button, @Nullable String shows) {
        this.facilitator = facilitatorEmail;
        this.button = button;
        this.shows = shows;
    }

    static FacilitatorAction spotlight(String facilitatorEmail) {
        return new FacilitatorAction(facilitatorEmail, "spotlight-note", null);
    }

    static FacilitatorAction bringEveryone(String facilitatorEmail) {
        return new FacilitatorAction(facilitatorEmail, "bring-everyone-to-note", "samskabBoard.bringTo");
    }

    @Override
    public boolean shows(String nonce, String frame) {
        return shows != null && frame.contains(shows);
    }

    @Override
    public VaadinClient open(HttpClient http, Target target, int user, List<String> nonces, PrintStream log)
            throws Exception {
        VaadinClient opened = Propagation.openAsFacilitator(http, target, facilitator, log);
        opened.followPushedCardsWith(Propagation.MARK);
        Writer writer = new Writer(opened, target);
        for (String nonce : nonces) {
            writer.write("Facilitated " + Propagation.MARK + nonce + " .");
        }
        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (opened.noteIdWithText(Propagation.MARK + nonces.getLast() + " ") == null) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The facilitator's notes did not come back over push");
            }
            Thread.sleep(50);
        }
        client = opened;
        return opened;
    }

    @Override
    public VaadinClient.RpcResult send(String nonce, Runnable clock) throws Exception {
        VaadinClient facilitatorScreen = java.util.Objects.requireNonNull(client, "open first");
        String noteId = facilitatorScreen.noteIdWithText(Propagation.MARK + nonce + " ");
        int canvas = facilitatorScreen.findNode("div", "board-canvas");
        if (noteId == null || canvas < 0) {
            throw new IllegalStateException("No card for " + nonce + " on the facilitator's screen");
        }
        facilitatorScreen.rpc(List.of(VaadinClient.cardButtonClick(canvas, noteId, "actions")));
        int action = facilitatorScreen.findNode("vaadin-button", button);
        if (action < 0) {
            throw new IllegalStateException("No " + button + " button in the note's actions");
        }
        clock.run();
        return facilitatorScreen.rpc(List.of(VaadinClient.click(action)));
    }
}
