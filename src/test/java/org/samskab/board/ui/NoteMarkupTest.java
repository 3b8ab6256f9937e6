package org.samskab.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class NoteMarkupTest {

    @Test
    void textAndNamesStayText() {
        String html = NoteMarkup.render("<img src=x onerror=alert(1)> & <script>alert(2)</script>",
                "<b>Kari</b> \"Nordmann\"", "3 dots", "<i>Ola</i> is editing");

        assertThat(html).doesNotContain("<img").doesNotContain("<script").doesNotContain("<b>").doesNotContain("<i>");
        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.select("img, script, b, i")).isEmpty();
        assertThat(parsed.selectFirst(".note-text").text())
                .isEqualTo("<img src=x onerror=alert(1)> & <script>alert(2)</script>");
        assertThat(parsed.selectFirst(".note-author").text()).isEqualTo("<b>Kari</b> \"Nordmann\"");
        assertThat(parsed.selectFirst(".note-editing").text()).isEqualTo("<i>Ola</i> is editing");
    }

    @Test
    void lineBreaksEmojiAndNordicLettersSurvive() {
        String html = NoteMarkup.render("Første linje\nanden linje 🌱", "Åse Ærø", null, null);

        assertThat(html).contains("Første linje\nanden linje 🌱").contains("Åse Ærø");
        assertThat(html).doesNotContain("note-votes").doesNotContain("note-editing");
    }

    @Test
    void editingLeavesOutTheText() {
        String html = NoteMarkup.render(null, "Kari", "2 dots", null);

        assertThat(html).doesNotContain("note-text").contains("2 dots");
    }
}
