package org.samskab.bench;

import java.util.List;

/**
 * What {@link BenchSeeder} made: the ids and accounts the harness uses. {@code liveBoard} is on the agenda of a
 * live gathering (the room's board, where the facilitator brings everyone); {@code joining} and
 * {@code firstJoining} are two more live gatherings that let guests in, alike (the join storm meets a fresh server
 * in the first and the same server again in the second); {@code groupBoards} are the boards of a third one's
 * breakout groups, by group; {@code memory} the past gatherings to search and export, when the run seeds them.
 */
record Seed(long networkId, String password, List<String> members, List<Long> boards, long bigBoard,
        List<Long> emptyBoards, long liveBoard, Joining firstJoining, Joining joining, List<Long> groupBoards,
        @org.jspecify.annotations.Nullable Memory memory) {

    /** The join storm's gathering: its join code and the board the room is on. */
    record Joining(String code, long boardId) {
    }

    /** The network's memory (issue 16): how many notes in how many past gatherings, and the gathering to export. */
    record Memory(int notes, int gatherings, long exportGathering, int exportNotes) {
    }
}
