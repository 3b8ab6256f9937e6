package org.samskab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the {@code bench} profile seeded (written by {@code org.samskab.bench.BenchData}). */
record Seed(long networkId, String password, List<String> members, List<Long> boards, long bigBoard,
        List<Long> emptyBoards) {

    static Seed read(Path file) throws Exception {
        JsonNode json = VaadinClient.JSON.readTree(Files.readString(file));
        List<String> members = new ArrayList<>();
        json.get("members").forEach(m -> members.add(m.asString()));
        List<Long> boards = new ArrayList<>();
        json.get("boards").forEach(b -> boards.add(b.asLong()));
        List<Long> emptyBoards = new ArrayList<>();
        json.get("emptyBoards").forEach(b -> emptyBoards.add(b.asLong()));
        return new Seed(json.get("networkId").asLong(), json.get("password").asString(), members, boards,
                json.get("bigBoard").asLong(), emptyBoards);
    }
}
