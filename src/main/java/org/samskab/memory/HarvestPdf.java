package org.samskab.memory;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.samskab.memory.HarvestViews.Harvest;
import org.samskab.memory.HarvestViews.HarvestBoard;
import org.samskab.memory.HarvestViews.HarvestNote;
import org.samskab.memory.HarvestViews.HarvestSection;

/**
 * Writes a harvest as an A4 PDF with OpenPDF (docs/adr/0194): embedded DejaVu Sans for the text (æ, ø, å) and
 * Symbola for emoji, each character taken from the first font that has it, so the text layer holds what was
 * written; the document's title and language are set for readers and screen readers.
 */
final class HarvestPdf {

    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
    private static final BaseFont SYMBOLS = font("Symbola.ttf");
    private static final Color SECONDARY = new Color(0x55, 0x5e, 0x6b);

    private final HarvestText words;
    private final Locale locale;

    HarvestPdf(HarvestText words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    byte[] write(Harvest harvest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            document.addTitle(words.t("harvest.page-title", harvest.title()));
            document.addCreator("Samskab");
            // One font for the footer (its page number takes the phrase's font): the title, then the page.
            HeaderFooter footer = new HeaderFooter(new Phrase(harvest.title() + " · ",
                    new Font(REGULAR, 8, Font.NORMAL, SECONDARY)), true);
            footer.setBorder(Rectangle.NO_BORDER);
            footer.setAlignment(org.openpdf.text.Element.ALIGN_RIGHT);
            document.setFooter(footer);
            document.open();
            document.add(paragraph(words.t("harvest.label").toUpperCase(locale), 9, true, SECONDARY, 0));
            document.add(paragraph(harvest.title(), 20, true, Color.BLACK, 4));
            document.add(detail(words.t("harvest.date"), words.date(harvest)));
            if (harvest.place() != null) {
                document.add(detail(words.t("field.place"), harvest.place()));
            }
            if (!harvest.facilitators().isEmpty()) {
                document.add(detail(words.t("field.facilitators"), String.join(", ", harvest.facilitators())));
            }
            document.add(detail(words.t("harvest.took-part"), words.tookPart(harvest.tookPart())));
            if (harvest.purpose() != null) {
                document.add(paragraph(harvest.purpose(), 11, false, Color.BLACK, 10));
            }
            for (HarvestBoard board : harvest.boards()) {
                board(document, board);
            }
            if (!harvest.actions().isEmpty()) {
                document.add(paragraph(words.t("harvest.actions"), 15, true, Color.BLACK, 18));
                int number = 1;
                for (var action : harvest.actions()) {
                    Paragraph item = paragraph(number++ + ". " + action.text(), 10.5f, false, Color.BLACK, 4);
                    item.setIndentationLeft(12);
                    document.add(item);
                    Paragraph about = paragraph(words.action(action), 8.5f, false, SECONDARY, 0);
                    about.setIndentationLeft(24);
                    document.add(about);
                }
            }
            if (harvest.boards().isEmpty()) {
                document.add(paragraph(words.t(harvest.publishedAt() == null ? "harvest.nothing-yet"
                        : "harvest.no-boards"), 11, false, SECONDARY, 16));
            }
            document.close();
        } catch (DocumentException broken) {
            throw new IllegalStateException("The harvest could not be written as PDF", broken);
        }
        return out.toByteArray();
    }

    private void board(Document document, HarvestBoard board) throws DocumentException {
        document.add(paragraph(board.title(), 15, true, Color.BLACK, 18));
        document.add(paragraph(words.t(board.kind().translationKey()), 9, false, SECONDARY, 0));
        if (board.instructions() != null) {
            document.add(paragraph(board.instructions(), 10, false, Color.BLACK, 4));
        }
        if (board.noteCount() == 0) {
            document.add(paragraph(words.t("harvest.board-empty"), 10, false, SECONDARY, 6));
            return;
        }
        for (HarvestSection section : board.sections()) {
            if (section.notes().isEmpty()) {
                continue;
            }
            document.add(paragraph(section.title().isEmpty() ? words.t("harvest.untitled") : section.title(), 12,
                    true, Color.BLACK, 10));
            int number = 1;
            for (HarvestNote note : section.notes()) {
                Paragraph item = paragraph(number++ + ". " + HarvestText.text(note), 10.5f, false, Color.BLACK, 4);
                item.setIndentationLeft(12);
                document.add(item);
                Paragraph about = paragraph(words.about(note), 8.5f, false, SECONDARY, 0);
                about.setIndentationLeft(24);
                document.add(about);
                if (!note.leadsTo().isEmpty()) {
                    Paragraph leads = paragraph(words.t("harvest.leads-to", String.join("; ", note.leadsTo())), 8.5f,
                            false, SECONDARY, 0);
                    leads.setIndentationLeft(24);
                    document.add(leads);
                }
            }
        }
    }

    private static Paragraph detail(String term, String value) {
        Paragraph line = new Paragraph(text(term + ": ", 10, true, Color.BLACK));
        line.add(text(value, 10, false, Color.BLACK));
        return line;
    }

    private static Paragraph paragraph(String content, float size, boolean bold, Color colour, float before) {
        Paragraph paragraph = new Paragraph(text(content, size, bold, colour));
        paragraph.setSpacingBefore(before);
        paragraph.setLeading(0, 1.3f);
        return paragraph;
    }

    /** The text in runs of the first font that has each character: DejaVu Sans, else Symbola (emoji). */
    private static Phrase text(String content, float size, boolean bold, Color colour) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(bold ? BOLD : REGULAR, size, Font.NORMAL, colour));
        selector.addFont(new Font(SYMBOLS, size, Font.NORMAL, colour));
        return selector.process(content);
    }

    private static BaseFont font(String file) {
        try (InputStream in = Objects.requireNonNull(HarvestPdf.class.getResourceAsStream("/fonts/" + file),
                file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException unreadable) {
            throw new UncheckedIOException(new IOException("Font " + file + " cannot be read", unreadable));
        }
    }
}
