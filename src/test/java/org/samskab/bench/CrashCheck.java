package org.samskab.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What {@link CrashUnderLoadIT}'s clients were told, held against what the database has after the crash. */
final class CrashCheck {

    private CrashCheck() {
    }

    /** A note as the database has it. */
    record Row(long board, long section, int dots) {
    }

    /** The boards' notes (by text) and their dots, read after the restart. */
    record Found(Map<String, Row> notes) {

        static Found read(Connection connection, List<Long> boards) throws SQLException {
            Map<String, Row> notes = new HashMap<>();
            String in = String.join(",", boards.stream().map(String::valueOf).toList());
            try (PreparedStatement query = connection.prepareStatement("SELECT n.text, n.board_id, n.section_id,"
                    + " (SELECT COUNT(*) FROM vote v WHERE v.note_id = n.id) FROM note n WHERE n.deleted_at IS NULL"
                    + " AND n.board_id IN (" + in + ")"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    notes.put(rows.getString(1), new Row(rows.getLong(2), rows.getLong(3), rows.getInt(4)));
                }
            }
            return new Found(notes);
        }

        int notesOn(long board) {
            return (int) notes.values().stream().filter(row -> row.board() == board).count();
        }
    }

    /**
     * The counts: changes sent, acknowledged, and acknowledged ones found as acknowledged, by kind; and every
     * acknowledged change that is not in the database, as a sentence ({@code wrong}, empty when nothing was lost).
     */
    record Tally(int[] notes, int[] moves, int[] dots, int inFlight, int inFlightFound, int unknownNotes,
            List<String> wrong) {

        static Tally of(List<CrashClient> clients, Found found) {
            // sent, acknowledged, found as acknowledged, unanswered (in flight at the kill)
            int[] notes = new int[4];
            int[] moves = new int[4];
            int[] dots = new int[4];
            int inFlight = 0;
            int inFlightFound = 0;
            List<String> wrong = new ArrayList<>();
            Set<String> sent = new HashSet<>();
            for (CrashClient client : clients) {
                add(notes, client.noteCounts);
                add(moves, client.moveCounts);
                add(dots, client.dotCounts);
                for (String text : client.notesInFlight) {
                    sent.add(text);
                    inFlight++;
                    inFlightFound += found.notes().containsKey(text) ? 1 : 0;
                }
                for (CrashClient.Note note : client.notes) {
                    sent.add(note.text);
                    Row row = found.notes().get(note.text);
                    if (row == null) {
                        wrong.add("note '" + note.text + "' is gone");
                        continue;
                    }
                    notes[2]++;
                    if (note.inFlight) {
                        continue; // a move or dot in flight: either state is right
                    }
                    if (note.movedTo != null) {
                        if (Objects.equals(note.movedTo, row.section())) {
                            moves[2]++;
                        } else {
                            wrong.add("note '" + note.text + "' is in section " + row.section() + ", moved to "
                                    + note.movedTo);
                        }
                    }
                    if (row.dots() == (note.dotted ? 1 : 0)) {
                        dots[2] += note.dotted ? 1 : 0;
                    } else {
                        wrong.add("note '" + note.text + "' has " + row.dots() + " dots, acknowledged "
                                + (note.dotted ? 1 : 0));
                    }
                }
            }
            int unknown = (int) found.notes().keySet().stream().filter(text -> !sent.contains(text)).count();
            if (unknown > 0) {
                wrong.add(unknown + " notes in the database that no client sent");
            }
            return new Tally(notes, moves, dots, inFlight, inFlightFound, unknown, wrong);
        }

        private static void add(int[] totals, CrashClient.Counts counts) {
            totals[0] += counts.sent;
            totals[1] += counts.acknowledged;
            totals[3] += counts.unanswered;
        }

        int notesAcknowledged() {
            return notes[1];
        }

        @Override
        public String toString() {
            return String.format("notes sent %d, acknowledged %d, found %d, in flight at the kill %d (%d of them"
                    + " stored); moves sent %d, acknowledged %d, in flight %d, found where acknowledged %d (the"
                    + " others' notes had a dot in flight); dots placed or taken back sent %d, acknowledged %d, in"
                    + " flight %d, dots found as acknowledged on every note without a change in flight (%d placed);"
                    + " %d acknowledged changes missing", notes[0], notes[1], notes[2], notes[3], inFlightFound,
                    moves[0], moves[1], moves[3], moves[2], dots[0], dots[1], dots[3], dots[2],
                    wrong.size());
        }
    }
}
