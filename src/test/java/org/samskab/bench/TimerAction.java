package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A facilitator starts the board's timer with the pacing bar's own button (issue 14). Before each start, the timer
 * of the nonce before is stopped, outside the clock, and the room is given time to take that in. Every screen then
 * shows a running countdown; the nonce cannot travel in it, so an observer recognises a start by the countdown's
 * script with the time left, matched to the starts in order. The observers are the seed's members, who read English
 * ("Time is up").
 */
final class TimerAction implements Propagation.Sender {

    /** The countdown script's arguments on a start: its element, the time left (ms), not paused, the words at 0. */
    private static final java.util.regex.Pattern STARTED =
            java.util.regex.Pattern.compile("\\{\"@v-node\":\\d+},\\d+,-1,\"Time is up\"");

    private final String facilitator;
    private @Nullable VaadinClient client;

    TimerAction(String facilitatorEmail) {
        this.facilitator = facilitatorEmail;
    }

    @Override
    public VaadinClient open(HttpClient http, Target target, int user, List<String> nonces, PrintStream log)
            throws Exception {
        VaadinClient opened = Propagation.openAsFacilitator(http, target, facilitator, log);
        opened.rpc(List.of(VaadinClient.click(node(opened, "pacing-tools"))));
        client = opened;
        return opened;
    }

    private static int node(VaadinClient client, String cssClass) {
        return client.findNode("vaadin-button", cssClass);
    }

    @Override
    public VaadinClient.RpcResult send(String nonce, Runnable clock) throws Exception {
        VaadinClient facilitatorScreen = java.util.Objects.requireNonNull(client, "open first");
        int stop = node(facilitatorScreen, "stop-timer");
        if (stop >= 0) {
            facilitatorScreen.rpc(List.of(VaadinClient.click(stop)));
            Thread.sleep(700); // every screen takes the stop in before the measured start
        }
        int start = node(facilitatorScreen, "start-timer");
        if (start < 0) {
            throw new IllegalStateException("No start-timer button in the facilitator's pacing bar");
        }
        clock.run();
        return facilitatorScreen.rpc(List.of(VaadinClient.click(start)));
    }

    @Override
    public boolean shows(String nonce, String frame) {
        // Not the attributes: a stopped countdown is hidden, and Vaadin sends a hidden element's attributes only
        // when it shows again, and then only those that differ from what the browser has. The countdown's script
        // goes with every start and stop; a start gives it the time left, a stop -1.
        return STARTED.matcher(frame).find();
    }
}
