package org.samskab.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One scripted member of {@link CrashUnderLoadIT}: every {@link #PERIOD} it adds a note, moves it to another
 * section (as the board's drag and drop does) and places a dot on it, or takes back the dot it placed a cycle
 * before, through Vaadin's protocol. It remembers what the server acknowledged of each change, and which change
 * was in flight when the server died (that one may have landed or not).
 */
final class CrashClient implements AutoCloseable {

    static final Duration PERIOD = Duration.ofSeconds(6);

    /** A note this member wrote, and what it knows of it. */
    static final class Note {
        final String text;
        final String id;
        /** The section of its last acknowledged move (null: never moved). */
        @Nullable
        Long movedTo;
        /** Whether its dot is placed, as last acknowledged. */
        boolean dotted;
        /** A move or a dot whose request got no answer: the database may hold either state. */
        boolean inFlight;

        Note(String text, String id) {
            this.text = text;
            this.id = id;
        }
    }

    /** Sent, acknowledged, refused with a message, and unanswered, of one kind of change. */
    static final class Counts {
        int sent;
        int acknowledged;
        int refused;
        int unanswered;
    }

    private final VaadinClient client;
    private final Writer writer;
    private final int member;
    final List<Note> notes = new ArrayList<>();
    /** Texts of notes whose request got no answer. */
    final List<String> notesInFlight = new ArrayList<>();
    final Counts noteCounts = new Counts();
    final Counts moveCounts = new Counts();
    final Counts dotCounts = new Counts();

    private CrashClient(VaadinClient client, Writer writer, int member) {
        this.client = client;
        this.writer = writer;
        this.member = member;
    }

    /** Signs member {@code member} in, opens the target's board with its push connection, and opens a composer. */
    static CrashClient join(VaadinClient client, Target target, int member) throws Exception {
        target.openAs(client, member);
        client.followPushedCardsWith(prefix(member));
        client.connectPush(message -> {});
        return new CrashClient(client, new Writer(client, target), member);
    }

    private static String prefix(int member) {
        return "Crash c" + member + "n";
    }

    /** Acts until {@code running} ends or the server stops answering. */
    void act(AtomicBoolean running) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(PERIOD.toMillis()));
            Note voted = null;
            for (int cycle = 0; running.get(); cycle++) {
                long started = System.nanoTime();
                Note note = addNote(prefix(member) + cycle);
                if (note != null) {
                    move(note, cycle);
                    if (voted == null) {
                        voted = dot(note, true) ? note : null;
                    } else {
                        voted = dot(voted, false) ? null : voted;
                    }
                }
                long left = PERIOD.toNanos() - (System.nanoTime() - started);
                if (left > 0) {
                    Thread.sleep(Duration.ofNanos(left));
                }
            }
        } catch (IOException serverGone) {
            // The kill: this member's last change is in flight, and nothing more is sent.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private @Nullable Note addNote(String text) throws IOException, InterruptedException {
        noteCounts.sent++;
        VaadinClient.RpcResult answer;
        try {
            answer = writer.write(text);
        } catch (IOException unanswered) {
            noteCounts.unanswered++;
            notesInFlight.add(text);
            throw unanswered;
        }
        String id = client.noteIdWithText(">" + text + "<");
        if (id == null) {
            refused(answer);
            noteCounts.refused++;
            return null;
        }
        noteCounts.acknowledged++;
        Note note = new Note(text, id);
        notes.add(note);
        return note;
    }

    /** Moves the note to another section than the composer's, by turns. */
    private void move(Note note, int cycle) throws IOException, InterruptedException {
        List<Long> sections = client.sectionIds();
        int canvas = client.findNode("div", "board-canvas");
        if (sections.size() < 2 || canvas < 0) {
            throw new IllegalStateException("No sections to move between on the board: " + sections);
        }
        long to = sections.get(1 + cycle % (sections.size() - 1));
        moveCounts.sent++;
        VaadinClient.RpcResult answer = send(note, moveCounts, VaadinClient.callServer(canvas, "dropNote",
                Long.parseLong(note.id), to, -1));
        if (refused(answer)) {
            moveCounts.refused++;
        } else {
            moveCounts.acknowledged++;
            note.movedTo = to;
        }
    }

    /** Places the note's dot, or takes it back; answers whether the server acknowledged it. */
    private boolean dot(Note note, boolean place) throws IOException, InterruptedException {
        int canvas = client.findNode("div", "board-canvas");
        dotCounts.sent++;
        VaadinClient.RpcResult answer = send(note, dotCounts, VaadinClient.cardButtonClick(canvas, note.id,
                place ? "place-dot" : "remove-dot"));
        // The card is drawn again with its dot (or without) when the change went through.
        if (refused(answer)) {
            dotCounts.refused++;
            return false;
        }
        if (!answer.body().contains("note-actions-" + note.id)) {
            REFUSALS.computeIfAbsent("(a dot that redrew no card)", k -> new java.util.concurrent.atomic.LongAdder())
                    .increment();
            dotCounts.refused++;
            return false;
        }
        dotCounts.acknowledged++;
        note.dotted = place;
        return true;
    }

    private VaadinClient.RpcResult send(Note note, Counts counts, tools.jackson.databind.node.ObjectNode rpc)
            throws IOException, InterruptedException {
        try {
            return client.rpc(List.of(rpc));
        } catch (IOException unanswered) {
            counts.unanswered++;
            note.inFlight = true;
            throw unanswered;
        }
    }

    /** A refusal or an error is shown to the member as a notification; its text is counted, by kind. */
    private static boolean refused(VaadinClient.RpcResult answer) {
        String shown = VaadinClient.shownMessage(answer.body());
        if (shown == null) {
            return false;
        }
        REFUSALS.computeIfAbsent(shown.replaceAll("[0-9]+", "#"), k -> new java.util.concurrent.atomic.LongAdder())
                .increment();
        return true;
    }

    /** The refusals members were shown, by text (numbers as #), across every client of the run. */
    static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> REFUSALS =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void close() {
        client.close();
    }
}
