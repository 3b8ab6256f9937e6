package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * The network's memory (issue 16), through the UI protocol as a member's browser uses it, on a network whose past
 * gatherings hold the seeded notes:
 * <ul>
 * <li><b>search</b>: a member on the search page types a query and presses Search; the time is that request's round
 * trip, whose answer holds the results. Queries are words and phrases the seeded notes hold (many match thousands of
 * notes, some a few), in English and Danish, each in a rotation; warmed up first.
 * <li><b>searchable</b>: a member writes a note with a word nobody wrote before on a board; the time from the
 * write's answer until the search page finds it (searched every 20 ms): the index keeping up with a live board.
 * <li><b>export</b>: the harvest of a gathering of {@code exportNotes} notes downloaded as PDF, Markdown and CSV
 * from the harvest page's links, each several times; and searches made while PDF exports run, so that an export
 * is seen not to hold others up.
 * </ul>
 */
final class MemorySearch {

    /** Found in the seeded notes ({@link NoteTexts}): common words, rare ones, a phrase, Danish stems. */
    static final List<String> QUERIES = List.of("citizens", "budget", "pilot districts", "familierne",
            "\"single point of contact\"", "volunteers", "borgerne beslutter", "library neighbourhood",
            "transport older", "ansvaret", "clear language letter", "schools process", "legal consent",
            "modellen", "calendar", "success year");
    static final int WARM_UP = 64;
    static final int MEASURED = 320;
    static final int SEARCHABLE = 20;
    static final int EXPORTS = 5;
    static final int SEARCHES_DURING_EXPORT = 40;
    private static final String[] FORMATS = {"pdf", "markdown", "csv"};

    record Result(int notes, int gatherings, Histogram search, Histogram searchable,
            Map<String, Histogram> export, Histogram searchDuringExport, long pdfBytes, int exportNotes,
            int errors) {

        static double ms(Histogram h, double percentile) {
            return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
        }

        double searchP95() {
            return ms(search, 95);
        }

        double slowestPdf() {
            return export.get("pdf").getMaxValue() / 1000.0;
        }

        /** The targets: search p95 at most 200 ms, a 1,000-note export within 5 s, no errors. */
        boolean passes() {
            return searchP95() <= 200 && export.values().stream().allMatch(h -> h.getMaxValue() <= 5_000_000)
                    && errors == 0;
        }

        String summary() {
            return String.format(java.util.Locale.ROOT,
                    "memory: %d notes in %d gatherings; search p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms "
                            + "(%d searches); searchable after p50 %.0f ms, max %.0f ms; export of %d notes: PDF "
                            + "max %.0f ms (%d kB), Markdown max %.0f ms, CSV max %.0f ms; search while exporting "
                            + "p95 %.1f ms; %d errors",
                    notes, gatherings, ms(search, 50), ms(search, 95), ms(search, 99), search.getMaxValue() / 1000.0,
                    search.getTotalCount(), ms(searchable, 50), searchable.getMaxValue() / 1000.0, exportNotes,
                    slowestPdf(), pdfBytes / 1024, export.get("markdown").getMaxValue() / 1000.0,
                    export.get("csv").getMaxValue() / 1000.0, ms(searchDuringExport, 95), errors);
        }
    }

    private MemorySearch() {
    }

    /**
     * Measures on {@code board}'s server (the board is where the searchable notes are written) as the seed's first
     * member, who took part in nothing and reads what the network published.
     */
    static Result run(Target board, long networkId, Seed.Memory memory, PrintStream log) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        HttpClient http = VaadinClient.newHttpClient(pool);
        int[] errors = {0};
        try {
            VaadinClient searcher = new VaadinClient(http, board.base());
            searcher.signIn(board.email().apply(1), board.password());
            searcher.open("networks/" + networkId + "/search");
            int field = searcher.findNode("vaadin-text-field", "search-query");
            int button = searcher.findNode("vaadin-button", "search-button");
            if (field < 0 || button < 0) {
                throw new IllegalStateException("No search form on the search page");
            }
            for (int i = 0; i < WARM_UP; i++) {
                search(searcher, field, button, QUERIES.get(i % QUERIES.size()), errors);
            }
            Histogram search = new Histogram(3);
            for (int i = 0; i < MEASURED; i++) {
                search.recordValue(search(searcher, field, button, QUERIES.get(i % QUERIES.size()), errors));
            }
            log.printf("  search: p50 %.1f ms, p95 %.1f ms over %d searches%n", Result.ms(search, 50),
                    Result.ms(search, 95), MEASURED);

            Histogram searchable = searchable(http, board, searcher, field, button, errors);

            VaadinClient reader = new VaadinClient(http, board.base());
            reader.signIn(board.email().apply(2), board.password());
            reader.open("gatherings/" + memory.exportGathering() + "/harvest");
            Map<String, String> links = new LinkedHashMap<>();
            for (String format : FORMATS) {
                int link = reader.findNode("a", "harvest-download-" + format);
                String href = link < 0 ? null : reader.attribute(link, "href");
                if (href == null) {
                    throw new IllegalStateException("No " + format + " link on the harvest page");
                }
                links.put(format, href);
            }
            Map<String, Histogram> export = new LinkedHashMap<>();
            long pdfBytes = 0;
            for (String format : FORMATS) {
                Histogram took = new Histogram(3);
                reader.download(links.get(format)); // warm-up
                for (int i = 0; i < EXPORTS; i++) {
                    VaadinClient.Download file = reader.download(links.get(format));
                    took.recordValue(file.nanos() / 1000);
                    if (!complete(format, file.content(), memory.exportNotes())) {
                        errors[0]++;
                    }
                    pdfBytes = format.equals("pdf") ? file.content().length : pdfBytes;
                }
                export.put(format, took);
                log.printf("  %s export of %d notes: max %.0f ms%n", format, memory.exportNotes(),
                        took.getMaxValue() / 1000.0);
            }
            Histogram during = searchDuringExports(reader, links.get("pdf"), searcher, field, button, pool, errors);
            return new Result(memory.notes(), memory.gatherings(), search, searchable, export, during, pdfBytes,
                    memory.exportNotes(), errors[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One search through the form; its round trip in µs. An answer that does not say what it found is an error. */
    private static long search(VaadinClient client, int field, int button, String query, int[] errors)
            throws Exception {
        List<tools.jackson.databind.node.ObjectNode> rpc = new ArrayList<>(VaadinClient.typeInto(field, query));
        rpc.add(VaadinClient.click(button));
        VaadinClient.RpcResult answer = client.rpc(rpc);
        if (!answer.body().contains("found for") || answer.body().contains("Nothing found")) {
            errors[0]++;
        }
        return answer.nanos() / 1000;
    }

    /** A new word written on a board, then searched for until found: how far the index lags a live board. */
    private static Histogram searchable(HttpClient http, Target board, VaadinClient searcher, int field, int button,
            int[] errors) throws Exception {
        VaadinClient writerScreen = new VaadinClient(http, board.base());
        writerScreen.signIn(board.email().apply(3), board.password());
        writerScreen.open(board.route());
        Writer writer = new Writer(writerScreen, board);
        Histogram searchable = new Histogram(3);
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < SEARCHABLE; i++) {
            StringBuilder word = new StringBuilder("zq");
            for (int c = 0; c < 8; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            writer.write("New idea " + word + " from the room.");
            long written = System.nanoTime();
            long until = written + java.time.Duration.ofSeconds(10).toNanos();
            while (true) {
                List<tools.jackson.databind.node.ObjectNode> rpc = new ArrayList<>(VaadinClient.typeInto(field,
                        word.toString()));
                rpc.add(VaadinClient.click(button));
                if (searcher.rpc(rpc).body().contains(word.toString() + " from the room")) {
                    searchable.recordValue((System.nanoTime() - written) / 1000);
                    break;
                }
                if (System.nanoTime() > until) {
                    errors[0]++;
                    break;
                }
                Thread.sleep(20);
            }
        }
        writerScreen.close();
        return searchable;
    }

    /** Searches while three PDF exports of the big harvest run beside them, in other requests of the same member. */
    private static Histogram searchDuringExports(VaadinClient reader, String pdf, VaadinClient searcher, int field,
            int button, ExecutorService pool, int[] errors) throws Exception {
        List<Future<VaadinClient.Download>> exports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            exports.add(pool.submit(() -> reader.download(pdf)));
        }
        Histogram during = new Histogram(3);
        for (int i = 0; i < SEARCHES_DURING_EXPORT && exports.stream().anyMatch(f -> !f.isDone()); i++) {
            during.recordValue(search(searcher, field, button, QUERIES.get(i % QUERIES.size()), errors));
        }
        for (Future<VaadinClient.Download> export : exports) {
            export.get();
        }
        return during;
    }

    /** Whether a downloaded harvest is whole: a PDF that ends as one does, a text with every note's line. */
    private static boolean complete(String format, byte[] content, int notes) {
        if (format.equals("pdf")) {
            String tail = new String(content, Math.max(0, content.length - 32), Math.min(32, content.length),
                    StandardCharsets.ISO_8859_1);
            return content.length > 4 && new String(content, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")
                    && tail.contains("%%EOF");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        return text.lines().count() >= notes;
    }
}
