package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A facilitator's action as the measured change (issue 14): the facilitator puts a note in the spotlight, through
 * the board's own controls (the note's actions, then "Put in the spotlight"), and every observer's screen shows
 * "In the spotlight: …" with the note's text. Before measuring, the facilitator writes one note per nonce; their
 * cards reach the observers then, and only the spotlight carries the nonce again. The clock starts just before the
 * spotlight's request (opening the note's actions is the facilitator's own, like a menu).
 */
final class FacilitatorAction implements Propagation.Sender {

    private final String facilitator;
    private @Nullable VaadinClient client;

    FacilitatorAction(String facilitatorEmail) {
        this.facilitator = facilitatorEmail;
    }

    @Override
    public VaadinClient open(HttpClient http, Target target, int user, List<String> nonces, PrintStream log)
            throws Exception {
        VaadinClient opened = Propagation.openAsFacilitator(http, target, facilitator, log);
        opened.followPushedCardsWith(Propagation.MARK);
        Writer writer = new Writer(opened, target);
        for (String nonce : nonces) {
            writer.write("Spotlight " + Propagation.MARK + nonce + " .");
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
        int spotlight = facilitatorScreen.findNode("vaadin-button", "spotlight-note");
        if (spotlight < 0) {
            throw new IllegalStateException("No spotlight button in the note's actions");
        }
        clock.run();
        return facilitatorScreen.rpc(List.of(VaadinClient.click(spotlight)));
    }
}
