package org.samskab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.samskab.Application;
import org.samskab.CheapPasswordHashing;
import org.samskab.base.Language;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardService;
import org.samskab.board.NoteColour;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.security.CurrentMember;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * Seeds a benchmark network before the harness starts the production jar on the database, so no seeding code
 * ships in the jar. It runs the portal in this JVM for a moment (the test classpath holds the jar's classes) and
 * goes through the real services, invitations and checks, like the demo data:
 * one network, a coordinator, {@link Plan#members} participants with one known password, {@link Plan#boards}
 * boards of {@link Plan#notes} notes each plus one of {@link Plan#bigNotes}, and {@link Plan#emptyBoards} boards
 * without notes (where the harness warms a fresh server up before it measures). It returns what it made.
 */
final class BenchSeeder {

    static final String NETWORK = "Benchmark network";
    static final String COORDINATOR = "bench-coordinator@bench.example";
    static final long SEED_TEXTS = 2026;

    /**
     * What to seed; {@code groups} breakout groups of {@code groupSize} members each (issue 15's breakout room),
     * the first {@code groups × groupSize} members dealt in order, none when {@code groups} is 0.
     */
    record Plan(String password, int members, int boards, int notes, int bigNotes, int emptyBoards, int groups,
            int groupSize, Memory memory, boolean cheapPasswords) {

        Plan(String password, int members, int boards, int notes, int bigNotes, int emptyBoards, int groups,
                int groupSize, Memory memory) {
            this(password, members, boards, notes, bigNotes, emptyBoards, groups, groupSize, memory, false);
        }

        Plan(String password, int members, int boards, int notes, int bigNotes, int emptyBoards) {
            this(password, members, boards, notes, bigNotes, emptyBoards, 0, 0);
        }

        Plan(String password, int members, int boards, int notes, int bigNotes, int emptyBoards, int groups,
                int groupSize) {
            this(password, members, boards, notes, bigNotes, emptyBoards, groups, groupSize, Memory.NONE);
        }

        /**
         * The same plan with the members' passwords hashed at BCrypt's lowest cost ({@link CheapPasswordHashing}):
         * for tests that sign hundreds in to do something else (the crash test, overload), not for the benchmark,
         * whose join storm counts the portal's real cost of a sign-in.
         */
        Plan withCheapPasswords() {
            return new Plan(password, members, boards, notes, bigNotes, emptyBoards, groups, groupSize, memory, true);
        }
    }

    /**
     * The network's memory to search and export (issue 16): {@code gatherings} past gatherings, closed and
     * published, each with a board of {@code notesEach} notes, and one more whose board holds {@code exportNotes}.
     */
    record Memory(int gatherings, int notesEach, int exportNotes) {

        static final Memory NONE = new Memory(0, 0, 0);
    }

    private final NetworkService networks;
    private final InvitationService invitations;
    private final BoardService boardService;
    private final org.samskab.board.BoardReader boardReader;
    private final org.samskab.board.NoteService noteService;
    private final CurrentMember currentMember;
    private final org.samskab.gathering.GatheringService gatherings;
    private final org.samskab.board.RoomService rooms;
    private final org.samskab.board.BreakoutService breakouts;
    private final org.samskab.member.MemberService memberService;
    private final javax.sql.DataSource dataSource;
    private final jakarta.persistence.EntityManagerFactory entityManagerFactory;

    private BenchSeeder(ConfigurableApplicationContext portal) {
        networks = portal.getBean(NetworkService.class);
        invitations = portal.getBean(InvitationService.class);
        boardService = portal.getBean(BoardService.class);
        boardReader = portal.getBean(org.samskab.board.BoardReader.class);
        noteService = portal.getBean(org.samskab.board.NoteService.class);
        currentMember = portal.getBean(CurrentMember.class);
        gatherings = portal.getBean(org.samskab.gathering.GatheringService.class);
        rooms = portal.getBean(org.samskab.board.RoomService.class);
        breakouts = portal.getBean(org.samskab.board.BreakoutService.class);
        memberService = portal.getBean(org.samskab.member.MemberService.class);
        dataSource = portal.getBean(javax.sql.DataSource.class);
        entityManagerFactory = portal.getBean(jakarta.persistence.EntityManagerFactory.class);
    }

    /** Seeds the empty MariaDB database {@code database} (on the harness's database server). */
    static Seed seedMariaDb(String database, Plan plan) {
        return seed(BenchServer.DB_SERVER + database, BenchServer.DB_USER, BenchServer.DB_PASSWORD,
                BenchServer.searchIndex(database), plan);
    }

    /**
     * Seeds the embedded default database of a jar that runs in {@code workDir}: the H2 file the jar opens there
     * when no database is set. The context is closed before this returns, as H2 lets one process open a file.
     */
    static Seed seedEmbedded(Path workDir, Plan plan) throws IOException {
        // The index where the jar, run in workDir, keeps it by default (./data/search-index).
        return seed(embeddedUrl(workDir), "sa", "", workDir.toAbsolutePath().resolve("data").resolve("search-index"),
                plan);
    }

    /** The JDBC address of the H2 file the jar opens when run in {@code workDir} with no database set. */
    static String embeddedUrl(Path workDir) throws IOException {
        String url = jarDefaultDatabaseUrl();
        String relative = "jdbc:h2:file:./";
        if (!url.startsWith(relative)) {
            throw new IllegalStateException("The embedded default is no longer a relative H2 file: " + url);
        }
        return "jdbc:h2:file:" + workDir.toAbsolutePath() + "/" + url.substring(relative.length());
    }

    /** {@code spring.datasource.url} as the jar resolves it when no {@code SAMSKAB_DB_URL} is set. */
    private static String jarDefaultDatabaseUrl() throws IOException {
        String raw = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
                .getProperty("spring.datasource.url");
        return new PropertyPlaceholderHelper("${", "}", ":", null, false).replacePlaceholders(raw, name -> null);
    }

    /**
     * The portal as the jar runs it, on a port of its own. Not without a web server: the security configuration
     * (Vaadin's) needs a servlet context to start.
     */
    /**
     * Seeds through the portal's own services; the search index is written where the server will look for it
     * (docs/adr/0193), so the server starts with an index level with its database.
     */
    private static Seed seed(String url, String user, String password, Path searchIndex, Plan plan) {
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("productionClassesOnly", new ProductionClassesOnly());
                    if (plan.cheapPasswords()) {
                        new CheapPasswordHashing().initialize(context);
                    }
                })
                .run("--server.port=0", "--spring.main.banner-mode=off", "--vaadin.devmode.devTools.enabled=false",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--spring.jpa.properties.hibernate.search.backend.directory.root=" + searchIndex,
                        "--samskab.admin.email=" + BenchServer.ADMIN_EMAIL,
                        // Seeding is not a person: one member writes every seeded note, far faster than a hand.
                        "--samskab.board.action-burst=100000000", "--samskab.board.note-limit=100000000",
                        "--samskab.admin.password=bench-admin-" + UUID.randomUUID())) {
            return new BenchSeeder(portal).seed(plan);
        }
    }

    private Seed seed(Plan plan) {
        if (networks.networkExists(NETWORK)) {
            throw new IllegalStateException("The benchmark seeds an empty database only");
        }
        long networkId = currentMember.runAs(BenchServer.ADMIN_EMAIL, () -> {
            long id = networks.createNetwork(NETWORK, "Load and latency benchmarks").id();
            invitations.accept(token(invitations.inviteCoordinator(id, COORDINATOR, Language.ENGLISH).link()),
                    "Bench Coordinator", null, Language.ENGLISH, plan.password());
            return id;
        });
        List<String> emails = IntStream.range(0, plan.members())
                .mapToObj(i -> "bench-member-" + i + "@bench.example").toList();
        List<Long> boards = new ArrayList<>();
        List<Long> emptyBoards = new ArrayList<>();
        long big = currentMember.runAs(COORDINATOR, () -> {
            long organisation = networks.addOrganisation(networkId, "Bench kommune").id();
            networks.changeMyOrganisation(networkId, organisation);
            for (int i = 0; i < emails.size(); i++) {
                String link = invitations.invite(networkId, emails.get(i), NetworkRole.PARTICIPANT, organisation,
                        Language.ENGLISH).link();
                invitations.accept(token(link), "Bench Member " + i, organisation, Language.ENGLISH,
                        plan.password());
            }
            for (int b = 0; b < plan.boards(); b++) {
                boards.add(board(networkId, "Bench board " + (b + 1), plan.notes()));
            }
            for (int b = 0; b < plan.emptyBoards(); b++) {
                emptyBoards.add(board(networkId, "Empty bench board " + (b + 1), 0));
            }
            return board(networkId, "Big board", plan.bigNotes());
        });
        long live = currentMember.runAs(COORDINATOR, () -> liveBoard(networkId, plan.notes()));
        Seed.Joining firstJoining = currentMember.runAs(COORDINATOR,
                () -> joining(networkId, "First join storm gathering", plan.notes()));
        Seed.Joining joining = currentMember.runAs(COORDINATOR,
                () -> joining(networkId, "Join storm gathering", plan.notes()));
        List<Long> groupBoards = currentMember.runAs(COORDINATOR,
                () -> breakout(networkId, emails, plan.groups(), plan.groupSize()));
        Seed.Memory memory = plan.memory().equals(Memory.NONE) ? null
                : currentMember.runAs(COORDINATOR, () -> memory(networkId, emails, plan.memory()));
        return new Seed(networkId, plan.password(), emails, boards, big, emptyBoards, live, firstJoining, joining,
                groupBoards, memory);
    }

    /**
     * A live gathering that lets guests in, its board as full as the others, for the join storm (issue 15): the
     * room's code is what the QR code on its screen opens.
     */
    private Seed.Joining joining(long networkId, String title, int notes) {
        long gathering = liveGathering(networkId, title);
        long board = gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Welcome board", "Benchmark board.", false,
                List.of("Ideas", "Questions", "Actions")).id();
        fill(board, notes);
        gatherings.start(gathering);
        // The facilitator has the room on its welcome board, where a code then leads members and guests alike.
        rooms.bringEveryoneHere(board, null, null);
        var room = rooms.setGuestsAllowed(gathering, true);
        return new Seed.Joining(java.util.Objects.requireNonNull(room.joinCode()), board);
    }

    /**
     * A live gathering split by hand into {@code groups} breakout groups of {@code size}, members dealt in order
     * (group g holds members g × size to g × size + size − 1), each group on a board of its own made like the
     * plenary board: the groups' boards, by group. Split as a facilitator splits the present room.
     */
    private List<Long> breakout(long networkId, List<String> emails, int groups, int size) {
        if (groups == 0) {
            return List.of();
        }
        long gathering = liveGathering(networkId, "Breakout gathering");
        long plenary = gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Plenary", "Benchmark board.", false,
                List.of("Ideas", "Questions", "Actions")).id();
        gatherings.start(gathering);
        java.util.Map<Long, Integer> byHand = new java.util.HashMap<>();
        for (int i = 0; i < groups * size; i++) {
            byHand.put(memberService.findByEmail(emails.get(i)).orElseThrow().id(), i / size + 1);
        }
        var state = breakouts.split(plenary, byHand.keySet(), new org.samskab.board.BoardViews.BreakoutPlan(
                org.samskab.board.BoardViews.BreakoutMethod.BY_HAND, null, null, byHand, null, false));
        return java.util.Objects.requireNonNull(state.breakout()).groups().stream()
                .sorted(java.util.Comparator.comparingInt(g -> g.number())).map(g -> g.boardId()).toList();
    }

    private long liveGathering(long networkId, String title) {
        java.time.Instant now = java.time.Instant.now();
        return gatherings.plan(networkId, new org.samskab.gathering.GatheringForm(title,
                org.samskab.gathering.GatheringKind.WORKSHOP, now, now.plus(java.time.Duration.ofDays(1)), null, null,
                null, java.util.Set.of())).id();
    }

    /**
     * A board with three sections and {@code notes} notes spread over them, of varied length as people write them
     * ({@link NoteTexts}); runs as the coordinator.
     */
    private long board(long networkId, String title, int notes) {
        long id = boardService.createBoard(networkId, null, BoardKind.IDEA_BOARD, title,
                "Benchmark board.", false, List.of("Ideas", "Questions", "Actions")).id();
        fill(id, notes);
        return id;
    }

    private void fill(long id, int notes) {
        List<Long> sections = boardReader.open(id).sections().stream().map(s -> s.id()).toList();
        NoteColour[] colours = NoteColour.values();
        // The same texts on every board, so every propagation run starts from the same board.
        NoteTexts texts = new NoteTexts(SEED_TEXTS);
        for (int i = 0; i < notes; i++) {
            noteService.addNote(id, sections.get(i % sections.size()), texts.next(), colours[i % colours.length],
                    false);
        }
    }

    /** A live gathering's board, as many notes as the others: the room's (issue 14, bring everyone here). */
    private long liveBoard(long networkId, int notes) {
        long gathering = liveGathering(networkId, "Live bench gathering");
        long id = gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Live bench board", "Benchmark board.", false,
                List.of("Ideas", "Questions", "Actions")).id();
        fill(id, notes);
        gatherings.start(gathering);
        return id;
    }

    /**
     * Past gatherings to search, and one to export (issue 16). The gatherings, boards and the export's notes go
     * through the services; the search's notes (100,000 in the full run) are written straight into the note table
     * in batches, as through the services they would take a quarter of an hour per database, and then indexed by
     * Hibernate Search's mass indexer, as the server's own repair does. They are dated in the past, as a
     * network's history is, so the server starts with nothing left to index.
     */
    private Seed.Memory memory(long networkId, List<String> emails, Memory plan) {
        java.time.Instant now = java.time.Instant.now();
        org.samskab.gathering.GatheringKind[] kinds = org.samskab.gathering.GatheringKind.values();
        List<Long> authors = emails.stream().limit(40).map(e -> memberService.findByEmail(e).orElseThrow().id())
                .toList();
        NoteTexts texts = new NoteTexts(SEED_TEXTS + 16);
        NoteColour[] colours = NoteColour.values();
        String insert = "INSERT INTO note (board_id, section_id, text, colour, author_id, anonymous, position, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (java.sql.Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int g = 0; g < plan.gatherings(); g++) {
                java.time.Instant startsAt = now.minus(java.time.Duration.ofDays(7L * (g + 1)));
                long gathering =
                        pastGathering(networkId, "Gathering " + (plan.gatherings() - g), kinds[g % kinds.length],
                                startsAt);
                long board = gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas " + (plan.gatherings() - g),
                        "Benchmark board.", false, List.of("Ideas", "Questions", "Actions")).id();
                List<Long> sections = boardReader.open(board).sections().stream().map(s -> s.id()).toList();
                try (java.sql.PreparedStatement statement = connection.prepareStatement(insert)) {
                    java.sql.Timestamp written = java.sql.Timestamp.from(startsAt.plus(java.time.Duration.ofHours(1)));
                    for (int i = 0; i < plan.notesEach(); i++) {
                        statement.setLong(1, board);
                        statement.setLong(2, sections.get(i % sections.size()));
                        statement.setString(3, texts.next());
                        statement.setString(4, colours[i % colours.length].name());
                        statement.setLong(5, authors.get(i % authors.size()));
                        statement.setBoolean(6, i % 5 == 0);
                        statement.setDouble(7, i);
                        statement.setTimestamp(8, written);
                        statement.setTimestamp(9, written);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
                connection.commit();
                close(gathering);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not write the memory's notes", e);
        }
        try {
            org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
                    .purgeAllOnStart(true).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long exported =
                pastGathering(networkId, "Harvest to export", kinds[0], now.minus(java.time.Duration.ofDays(1)));
        long exportBoard = gatherings.addBoard(exported, BoardKind.IDEA_BOARD, "Everything we said",
                "Benchmark board.", false, List.of("Ideas", "Questions", "Actions")).id();
        fill(exportBoard, plan.exportNotes());
        close(exported);
        return new Seed.Memory(plan.gatherings() * plan.notesEach(), plan.gatherings(), exported, plan.exportNotes());
    }

    private long pastGathering(long networkId, String title, org.samskab.gathering.GatheringKind kind,
            java.time.Instant startsAt) {
        return gatherings.plan(networkId, new org.samskab.gathering.GatheringForm(title, kind, startsAt,
                startsAt.plus(java.time.Duration.ofHours(3)), "Rådhuset", null, "Benchmark gathering.",
                java.util.Set.of())).id();
    }

    /** Held, closed and published to the network, as a facilitator ends a gathering. */
    private void close(long gathering) {
        gatherings.start(gathering);
        gatherings.close(gathering);
        gatherings.publish(gathering);
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /**
     * Leaves the components of the test sources (the tests' clock, event recorder and fixtures) out of the
     * application's component scan, so the seeding context holds the jar's beans and nothing else.
     */
    private static final class ProductionClassesOnly extends TypeExcludeFilter {

        private final String testClasses = BenchSeeder.class.getProtectionDomain().getCodeSource().getLocation()
                .toString();

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().startsWith(testClasses);
        }
    }
}
