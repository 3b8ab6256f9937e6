package org.samskab.bench;

import java.util.List;

/**
 * What {@link BenchSeeder} made: the ids and accounts the harness uses. {@code liveBoard} is on the agenda of a
 * live gathering (the room's board, where the facilitator brings everyone).
 */
record Seed(long networkId, String password, List<String> members, List<Long> boards, long bigBoard,
        List<Long> emptyBoards, long liveBoard) {
}
