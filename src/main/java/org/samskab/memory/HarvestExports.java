package org.samskab.memory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.samskab.base.Translations;
import org.samskab.memory.HarvestViews.Harvest;
import org.samskab.memory.HarvestViews.HarvestBoard;
import org.samskab.memory.HarvestViews.HarvestNote;
import org.samskab.memory.HarvestViews.HarvestSection;
import org.springframework.stereotype.Service;

/**
 * A gathering's harvest as PDF, Markdown and CSV (issue 16, docs/adr/0194). Each is written from
 * {@link HarvestService#harvest}, never from the tables, so an export holds exactly what the harvest page shows the
 * member: anonymous posts without their authors, hidden, private and room-only posts left out.
 */
@Service
public class HarvestExports {

    /** A file to download. */
    public record Export(String fileName, String mimeType, byte[] content) {
    }

    private final HarvestService harvests;
    private final Translations translations;

    HarvestExports(HarvestService harvests, Translations translations) {
        this.harvests = harvests;
        this.translations = translations;
    }

    public Export pdf(long gatheringId, Locale locale) {
        Harvest harvest = harvests.harvest(gatheringId, locale);
        return new Export(HarvestText.fileName(harvest, "pdf"), "application/pdf",
                new HarvestPdf(new HarvestText(translations, locale), locale).write(harvest));
    }

    public Export markdown(long gatheringId, Locale locale) {
        Harvest harvest = harvests.harvest(gatheringId, locale);
        HarvestText words = new HarvestText(translations, locale);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(harvest.title())).append("\n\n");
        md.append("- **").append(words.t("harvest.date")).append(":** ").append(words.date(harvest)).append('\n');
        if (harvest.place() != null) {
            md.append("- **").append(words.t("field.place")).append(":** ").append(escape(harvest.place()))
                    .append('\n');
        }
        if (!harvest.facilitators().isEmpty()) {
            md.append("- **").append(words.t("field.facilitators")).append(":** ")
                    .append(escape(String.join(", ", harvest.facilitators()))).append('\n');
        }
        md.append("- **").append(words.t("harvest.took-part")).append(":** ")
                .append(escape(words.tookPart(harvest.tookPart()))).append("\n\n");
        if (harvest.purpose() != null) {
            md.append(lines(harvest.purpose(), "")).append("\n\n");
        }
        for (HarvestBoard board : harvest.boards()) {
            md.append("## ").append(escape(board.title())).append("\n\n");
            md.append('*').append(words.t(board.kind().translationKey())).append("*\n\n");
            if (board.instructions() != null) {
                md.append(lines(board.instructions(), "")).append("\n\n");
            }
            for (HarvestSection section : board.sections()) {
                if (section.notes().isEmpty()) {
                    continue;
                }
                md.append("### ").append(escape(section.title().isEmpty() ? words.t("harvest.untitled")
                        : section.title())).append("\n\n");
                for (HarvestNote note : section.notes()) {
                    md.append("- ").append(lines(HarvestText.text(note), "  ")).append("  \n  *")
                            .append(escape(words.about(note))).append("*\n");
                    if (!note.leadsTo().isEmpty()) {
                        md.append("  ").append(escape(words.t("harvest.leads-to", String.join("; ", note.leadsTo()))))
                                .append('\n');
                    }
                }
                md.append('\n');
            }
        }
        if (!harvest.actions().isEmpty()) {
            md.append("## ").append(escape(words.t("harvest.actions"))).append("\n\n");
            for (var action : harvest.actions()) {
                md.append("- ").append(lines(action.text(), "  ")).append("  \n  *")
                        .append(escape(words.action(action))).append("*\n");
            }
            md.append('\n');
        }
        return new Export(HarvestText.fileName(harvest, "md"), "text/markdown; charset=UTF-8",
                md.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One row per note: where it was written, its text, its author (empty when anonymous), dots and links. */
    public Export csv(long gatheringId, Locale locale) {
        Harvest harvest = harvests.harvest(gatheringId, locale);
        HarvestText words = new HarvestText(translations, locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // A BOM first, so spreadsheets read the file as UTF-8 (æ, ø, å).
        bytes.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(words.t("csv.gathering"),
                        words.t("csv.date"), words.t("csv.board"), words.t("csv.kind"), words.t("csv.section"),
                        words.t("csv.note"), words.t("csv.author"), words.t("csv.votes"), words.t("csv.resonates"),
                        words.t("csv.leads-to")).get())) {
            String day = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneId.systemDefault())
                    .format(harvest.startsAt());
            for (HarvestBoard board : harvest.boards()) {
                for (HarvestSection section : board.sections()) {
                    for (HarvestNote note : section.notes()) {
                        csv.printRecord(cell(harvest.title()), day, cell(board.title()),
                                words.t(board.kind().translationKey()), cell(section.title()),
                                cell(HarvestText.text(note)), note.author() == null ? "" : cell(note.author()),
                                note.votes() == null ? "" : note.votes(), note.resonates(),
                                cell(String.join("; ", note.leadsTo())));
                    }
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new Export(HarvestText.fileName(harvest, "csv"), "text/csv; charset=UTF-8", bytes.toByteArray());
    }

    /** A cell a spreadsheet will not run as a formula (OWASP's CSV injection advice). */
    static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Markdown's own characters in members' text, escaped, so a note reads as it was written. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A text of several lines, escaped, each line after the first indented to stay in its list item. */
    private static String lines(String text, String indent) {
        return String.join("  \n" + indent, text.lines().map(HarvestExports::escape).toList());
    }
}
