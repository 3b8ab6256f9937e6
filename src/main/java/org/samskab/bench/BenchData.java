package org.samskab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.samskab.base.Language;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.NoteColour;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.security.CurrentMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds a benchmark network (the {@code bench} profile only; the harness in {@code src/test/.../bench} starts the
 * production jar with it). Everything goes through the real services, invitations and checks, like
 * {@code DemoData}: one network, a coordinator, {@code samskab.bench.members} participants with one known
 * password, and boards of {@code samskab.bench.notes} notes each ({@code samskab.bench.boards} of them) plus one
 * of {@code samskab.bench.big-notes} notes, and {@code samskab.bench.empty-boards} boards without notes (where the
 * harness warms a fresh server up before it measures). It runs once per database, then writes what it made (ids, e-mail
 * addresses) as JSON to {@code samskab.bench.seed-file}, so the harness never guesses ids.
 */
@Component
@Profile("bench")
@Order(20)
class BenchData implements ApplicationRunner {

    static final String NETWORK = "Benchmark network";

    private static final Logger log = LoggerFactory.getLogger(BenchData.class);

    private final NetworkService networks;
    private final InvitationService invitations;
    private final BoardService boards;
    private final CurrentMember currentMember;
    private final Environment environment;
    private final JsonMapper json;
    private final String adminEmail;
    private final String password;
    private final int memberCount;
    private final int boardCount;
    private final int notesPerBoard;
    private final int bigNotes;
    private final int emptyBoardCount;
    private final Path seedFile;

    BenchData(NetworkService networks, InvitationService invitations, BoardService boards,
            CurrentMember currentMember, Environment environment, JsonMapper json,
            @Value("${samskab.admin.email:}") String adminEmail,
            @Value("${samskab.bench.password}") String password,
            @Value("${samskab.bench.members:10}") int memberCount,
            @Value("${samskab.bench.boards:1}") int boardCount,
            @Value("${samskab.bench.notes:200}") int notesPerBoard,
            @Value("${samskab.bench.big-notes:1000}") int bigNotes,
            @Value("${samskab.bench.empty-boards:0}") int emptyBoardCount,
            @Value("${samskab.bench.seed-file}") Path seedFile) {
        this.networks = networks;
        this.invitations = invitations;
        this.boards = boards;
        this.currentMember = currentMember;
        this.environment = environment;
        this.json = json;
        this.adminEmail = adminEmail;
        this.password = password;
        this.memberCount = memberCount;
        this.boardCount = boardCount;
        this.notesPerBoard = notesPerBoard;
        this.bigNotes = bigNotes;
        this.emptyBoardCount = emptyBoardCount;
        this.seedFile = seedFile;
    }

    /** What the harness needs to know. */
    record Seed(long networkId, String password, List<String> members, List<Long> boards, long bigBoard,
            List<Long> emptyBoards, Map<String, Long> sections) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of("prod", "demo"))) {
            throw new IllegalStateException("The bench profile must never run together with prod or demo");
        }
        if (Files.exists(seedFile)) {
            return; // seeded on an earlier start of the same database
        }
        if (adminEmail.isBlank() || networks.networkExists(NETWORK)) {
            throw new IllegalStateException("The bench profile needs samskab.admin.email and an empty database");
        }
        long started = System.nanoTime();
        String coordinator = "bench-coordinator@bench.example";
        long networkId = currentMember.runAs(adminEmail, () -> {
            long id = networks.createNetwork(NETWORK, "Load and latency benchmarks").id();
            invitations.accept(token(invitations.inviteCoordinator(id, coordinator, Language.ENGLISH).link()),
                    "Bench Coordinator", null, Language.ENGLISH, password);
            return id;
        });
        List<String> emails = IntStream.range(0, memberCount)
                .mapToObj(i -> "bench-member-" + i + "@bench.example").toList();
        Map<String, Long> sectionIds = new LinkedHashMap<>();
        List<Long> boardIds = new ArrayList<>();
        List<Long> emptyBoardIds = new ArrayList<>();
        long big = currentMember.runAs(coordinator, () -> {
            long organisation = networks.addOrganisation(networkId, "Bench kommune").id();
            networks.changeMyOrganisation(networkId, organisation);
            for (int i = 0; i < emails.size(); i++) {
                String link = invitations.invite(networkId, emails.get(i), NetworkRole.PARTICIPANT, organisation,
                        Language.ENGLISH).link();
                invitations.accept(token(link), "Bench Member " + i, organisation, Language.ENGLISH, password);
            }
            for (int b = 0; b < boardCount; b++) {
                boardIds.add(board(networkId, "Bench board " + (b + 1), notesPerBoard, sectionIds));
            }
            for (int b = 0; b < emptyBoardCount; b++) {
                emptyBoardIds.add(board(networkId, "Empty bench board " + (b + 1), 0, sectionIds));
            }
            return board(networkId, "Big board", bigNotes, sectionIds);
        });
        write(new Seed(networkId, password, emails, boardIds, big, emptyBoardIds, sectionIds));
        log.info("Seeded the benchmark network: {} members, {} boards of {} notes and one of {} in {} s",
                memberCount, boardCount, notesPerBoard, bigNotes, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** A board with three sections and {@code notes} notes spread over them; runs as the coordinator. */
    private long board(long networkId, String title, int notes, Map<String, Long> sectionIds) {
        long id = boards.createBoard(networkId, null, BoardKind.IDEA_BOARD, title,
                "Benchmark board.", false, List.of("Ideas", "Questions", "Actions")).id();
        BoardSnapshot snapshot = boards.open(id);
        List<Long> sections = snapshot.sections().stream().map(s -> s.id()).toList();
        sectionIds.put(Long.toString(id), sections.getFirst());
        NoteColour[] colours = NoteColour.values();
        for (int i = 0; i < notes; i++) {
            boards.addNote(id, sections.get(i % sections.size()), "Seed note " + (i + 1)
                    + ": a sentence of ordinary length about what the network should give us.",
                    colours[i % colours.length], false);
        }
        return id;
    }

    private void write(Seed seed) {
        try {
            Path parent = seedFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path partial = seedFile.resolveSibling(seedFile.getFileName() + ".part");
            Files.writeString(partial, json.writeValueAsString(seed));
            Files.move(partial, seedFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
