package org.samskab.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.board.WallService;
import org.samskab.gathering.GatheringService;
import org.samskab.memory.HarvestExports.Export;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The harvest as PDF, Markdown and CSV: what the harvest page shows, with æ, ø, å and emoji, anonymous posts
 * without their authors, and nothing hidden or kept for the room. The PDF is read back with PDFBox, and its first
 * page is rendered to {@code target/screenshots/harvest-pdf-page-1.png} to be looked at. On MariaDB.
 */
@IntegrationTest
class HarvestExportsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    WallService walls;
    @Autowired
    HarvestExports exports;
    @Autowired
    Clock clock;

    @Test
    void everyExportHoldsWhatTheHarvestShowsAndNothingMore() throws Exception {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Holm", network.fredrikstad());
        long gathering = fixtures.gathering(network, "Innsiktssamling på Ærø", Instant.now(clock),
                Duration.ofHours(3));
        long ideas = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Hvad skal netværket give os?",
                    "Én idé per note.", true, List.of("Indhold", "Arbejdsformer")).id();
        });
        long wall = fixtures.as(facilitator, () -> gatherings.addBoard(gathering, BoardKind.REFLECTION_WALL,
                "Refleksjoner", null, false, true, List.of("Hva skjedde?")).id());
        long content = fixtures.as(ingrid, () -> boardReader.open(ideas)).sections().getFirst().id();
        long prompt = fixtures.as(ingrid, () -> boardReader.open(wall)).sections().getFirst().id();
        fixtures.as(ingrid, () -> {
            noteService.addNote(ideas, content, "Mentorordning for nye rådgivere 🌱", null, false);
            noteService.addNote(ideas, content, "=HYPERLINK(\"http://evil.example\") *not bold* # not a heading",
                    null, false);
            noteService.addNote(wall, prompt, "Jeg lærte å lytte først 🙂", null, false);
        });
        fixtures.as(per, () -> {
            noteService.addNote(ideas, content, "Sårbarhed i ledergruppen", null, true);
            noteService.addNote(ideas, content, "Budgettet for næste år", null, false, null, true);
        });
        NoteState hidden = fixtures.as(per, () -> noteService.addNote(wall, prompt, "Off topic", null, false));
        fixtures.as(facilitator, () -> {
            walls.hidePost(hidden.id(), "Not for this wall");
            gatherings.close(gathering);
            gatherings.publish(gathering);
        });

        Export pdf = fixtures.as(ingrid, () -> exports.pdf(gathering, Locale.forLanguageTag("da")));
        assertThat(pdf.fileName()).startsWith("innsiktssamling-på-ærø-").endsWith(".pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Høst: Innsiktssamling på Ærø");
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                    screenshots.resolve("harvest-pdf-page-1.png").toFile());
        }
        assertThat(text).contains("Innsiktssamling på Ærø", "Hvad skal netværket give os?", "Én idé per note.",
                "Mentorordning for nye rådgivere 🌱", "Ingrid Bakke", "Sårbarhed i ledergruppen · Anonym"
                        .replace(" · Anonym", ""),
                "Jeg lærte å lytte først 🙂", "Sarpsborg kommune 1");
        assertThat(text).contains("Anonym");
        assertThat(text).doesNotContain("Per Holm", "Budgettet", "Off topic");

        String markdown = new String(fixtures.as(ingrid, () -> exports.markdown(gathering, Locale.ENGLISH))
                .content(), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# Innsiktssamling på Ærø\n")
                .contains("## Hvad skal netværket give os?", "- Mentorordning for nye rådgivere 🌱",
                        "\\*not bold\\* \\# not a heading", "*Anonymous*")
                .doesNotContain("Per Holm", "Budgettet", "Off topic");

        Export csv = fixtures.as(ingrid, () -> exports.csv(gathering, Locale.ENGLISH));
        String csvText = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csvText.substring(1))).getRecords();
        assertThat(rows).extracting(r -> r.get("Note"), r -> r.get("Author")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Mentorordning for nye rådgivere 🌱", "Ingrid Bakke"),
                org.assertj.core.groups.Tuple.tuple(
                        "'=HYPERLINK(\"http://evil.example\") *not bold* # not a heading", "Ingrid Bakke"),
                org.assertj.core.groups.Tuple.tuple("Sårbarhed i ledergruppen", ""),
                org.assertj.core.groups.Tuple.tuple("Jeg lærte å lytte først 🙂", ""));
        assertThat(csvText).doesNotContain("Per Holm", "Budgettet", "Off topic");
    }
}
