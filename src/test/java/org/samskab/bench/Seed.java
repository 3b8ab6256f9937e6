package org.samskab.bench;

import java.util.List;

/** What {@link BenchSeeder} made: the ids and accounts the harness uses. */
record Seed(long networkId, String password, List<String> members, List<Long> boards, long bigBoard,
        List<Long> emptyBoards) {
}
