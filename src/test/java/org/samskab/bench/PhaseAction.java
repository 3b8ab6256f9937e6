package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A facilitator moves the room to another phase, through the pacing bar's own buttons: the heaviest facilitator's
 * action, since every screen asks its rules again and redraws every card's buttons. It alternates between an idea
 * board's first two phases; each screen shows "Phase 1 of 4: Write." or "Phase 2 of 4: Group.", which is how the
 * observers recognise it (one change at a time, 1–2 s apart).
 */
final class PhaseAction implements Propagation.Sender {

    private static final String[] SHOWS = {"Phase 1 of 4: Write.", "Phase 2 of 4: Group."};

    private final String facilitator;
    private final Map<String, Integer> phaseOf = new HashMap<>();
    private @Nullable VaadinClient client;

    PhaseAction(String facilitatorEmail) {
        this.facilitator = facilitatorEmail;
    }

    @Override
    public VaadinClient open(HttpClient http, Target target, int user, List<String> nonces, PrintStream log)
            throws Exception {
        VaadinClient opened = Propagation.openAsFacilitator(http, target, facilitator, log);
        opened.rpc(List.of(VaadinClient.click(node(opened, "pacing-tools"))));
        opened.rpc(List.of(VaadinClient.click(node(opened, "start-phases")))); // phase 1 runs: the bar stays open
        for (int i = 0; i < nonces.size(); i++) {
            phaseOf.put(nonces.get(i), (i + 1) % 2); // Group, Write, Group, …
        }
        client = opened;
        return opened;
    }

    private static int node(VaadinClient client, String cssClass) {
        int node = client.findNode("vaadin-button", cssClass);
        if (node < 0) {
            throw new IllegalStateException("No " + cssClass + " button on the facilitator's board");
        }
        return node;
    }

    @Override
    public VaadinClient.RpcResult send(String nonce, Runnable clock) throws Exception {
        VaadinClient facilitatorScreen = java.util.Objects.requireNonNull(client, "open first");
        int jump = node(facilitatorScreen, "phase-jump-" + phaseOf.get(nonce));
        clock.run();
        return facilitatorScreen.rpc(List.of(VaadinClient.click(jump)));
    }

    @Override
    public boolean shows(String nonce, String frame) {
        Integer phase = phaseOf.get(nonce);
        return phase != null && frame.contains(SHOWS[phase]);
    }
}
