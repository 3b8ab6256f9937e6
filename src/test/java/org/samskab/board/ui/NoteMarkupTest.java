package org.samskab.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class NoteMarkupTest {

    private static NoteMarkup.Card card(String text, String author, String votes, String editing,
            NoteMarkup.Dots dots) {
        return new NoteMarkup.Card(7, text, author, votes, editing, dots, "Actions for: " + text);
    }

    @Test
    void textNamesAndLabelsStayText() {
        String evil = "<img src=x onerror=alert(1)> & <script>alert(2)</script> \" onclick=\"alert(3)";
        String html = NoteMarkup.render(card(evil, "<b>Kari</b> \"Nordmann\"", "3 dots", "<i>Ola</i> is editing",
                new NoteMarkup.Dots("Your dots: 1", "Place a dot on " + evil, true, "Take back", true)));

        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.select("img, script, b, i")).isEmpty();
        assertThat(parsed.select("[onclick], [onerror]")).isEmpty();
        assertThat(parsed.selectFirst(".note-text").text()).isEqualTo(evil);
        assertThat(parsed.selectFirst(".note-author").text()).isEqualTo("<b>Kari</b> \"Nordmann\"");
        assertThat(parsed.selectFirst(".note-editing").text()).isEqualTo("<i>Ola</i> is editing");
        assertThat(parsed.selectFirst(".place-dot").attr("aria-label")).isEqualTo("Place a dot on " + evil);
        assertThat(parsed.selectFirst(".note-actions-button").attr("aria-label")).isEqualTo("Actions for: " + evil);
    }

    @Test
    void lineBreaksEmojiAndNordicLettersSurvive() {
        String html = NoteMarkup.render(card("Første linje\nanden linje 🌱", "Åse Ærø", null, null, null));

        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.selectFirst(".note-text").wholeText()).isEqualTo("Første linje\nanden linje 🌱");
        assertThat(parsed.selectFirst(".note-author").text()).isEqualTo("Åse Ærø");
        assertThat(html.chars().allMatch(c -> c < 128)).as("ASCII only").isTrue();
        assertThat(html).doesNotContain("note-votes").doesNotContain("note-editing").doesNotContain("note-dots");
    }

    @Test
    void buttonsCarryTheirActionAndState() {
        Document parsed = Jsoup.parseBodyFragment(NoteMarkup.render(card("Mentoring", "Kari", null, null,
                new NoteMarkup.Dots("Your dots: 0", "Place", true, "Take back", false))));

        assertThat(parsed.selectFirst("[data-note-action=place-dot]").hasAttr("disabled")).isFalse();
        assertThat(parsed.selectFirst("[data-note-action=remove-dot]").hasAttr("disabled")).isTrue();
        assertThat(parsed.selectFirst("[data-note-action=actions]").id()).isEqualTo(NoteMarkup.actionsButtonId(7));
        assertThat(parsed.select("button").eachAttr("type")).containsOnly("button");
    }

    @Test
    void editingLeavesOutTheText() {
        String html = NoteMarkup.render(card(null, "Kari", "2 dots", null, null));

        assertThat(html).doesNotContain("note-text").contains("2 dots");
    }
}
