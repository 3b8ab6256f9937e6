package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.samskab.TextLimits.limitsUnder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.NoteService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** The reflection wall screen, browserless: prompts, posting, resonating, hiding, private writing and anonymity. */
class WallViewTest extends BoardUiTest {

    static final String PIA = "Pia Wallwriter";

    @Autowired
    BoardService boards;
    @Autowired
    NoteService noteService;
    @Autowired
    BoardReader boardReader;

    private TestNetwork network;
    private String facilitator;
    private String pia;
    private String per;
    private long wallId;

    private void wall(boolean anonymous) {
        network = fixtures.network();
        facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        pia = fixtures.member(network, NetworkRole.PARTICIPANT, PIA, null);
        per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Participant", null);
        wallId = fixtures.as(facilitator, () -> boards.createBoard(network.id(), null, BoardKind.REFLECTION_WALL,
                "After the pilot", null, false, anonymous, null).id());
    }

    private void openAs(String email) {
        closeUi();
        signInAndOpenUi(email);
        UI.getCurrent().navigate("boards/" + wallId);
    }

    private static SectionColumn prompt(String title) {
        return _find(SectionColumn.class).stream().filter(c -> c.section().title().equals(title)).findFirst()
                .orElseThrow();
    }

    private static List<String> posts() {
        return BoardViewTest.cards().stream().map(c -> c.note().text()).toList();
    }

    private static NoteCard card(String text) {
        return BoardViewTest.cards().stream().filter(c -> c.note().text().equals(text)).findFirst().orElseThrow();
    }

    private static WallPanel panel() {
        return _get(WallPanel.class);
    }

    private static void post(String prompt, String text) {
        _setValue(prompt(prompt).composer().newNote, text);
        _click(prompt(prompt).composer().add);
    }

    @Test
    void participantsSeeThePromptsAndPostButOnlyFacilitatorsChangePromptsAndPhases() {
        wall(false);
        openAs(pia);
        assertThat(_find(SectionColumn.class)).extracting(c -> c.section().title())
                .containsExactly("What happened?", "So what?", "Now what?");
        assertThat(prompt("So what?").openComposer.getText()).isEqualTo("Write a reflection");
        assertThat(prompt("So what?").composer().add.getText()).isEqualTo("Post");
        assertThat(prompt("So what?").composer().newNote.getLabel()).isEqualTo("Your reflection on So what?");
        // No colours, no per-note anonymity, no prompt controls, no phase buttons for participants.
        assertThat(prompt("So what?").composer().colour.isVisible()).isFalse();
        assertThat(prompt("So what?").composer().anonymous.isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withClasses("rename-section"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("add-section"))).isEmpty(); // not visible
        assertThat(_find(Button.class, spec -> spec.withClasses("start-private-writing"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("reveal-posts"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("hidden-posts"))).isEmpty();

        post("What happened?", "We tried the new intake form");
        assertThat(posts()).containsExactly("We tried the new intake form");
        assertThat(shownText(card("We tried the new intake form"))).contains(PIA);
        // Not on one's own post.
        assertThat(BoardViewTest.button(card("We tried the new intake form"), NoteCard.RESONATE)).isNull();

        openAs(facilitator);
        assertThat(_get(Button.class, spec -> spec.withClasses("add-section")).isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withClasses("rename-section"))).hasSize(3);
        _click(_find(Button.class, spec -> spec.withClasses("rename-section")).getFirst());
        assertThat(limitsUnder(prompt("What happened?"))).containsExactly(entry("Prompt", 120));
        _click(_get(Button.class, spec -> spec.withClasses("add-section")));
        assertThat(limitsUnder(_get(SectionNameDialog.class))).containsExactly(entry("Prompt", 120));
        _get(SectionNameDialog.class).close();
        openAs(facilitator);
        _click(_find(Button.class, spec -> spec.withClasses("move-section-right")).getFirst());
        assertThat(_find(SectionColumn.class)).extracting(c -> c.section().title())
                .containsExactly("So what?", "What happened?", "Now what?");
        assertThat(panel().startPrivate.isVisible()).isTrue();
        assertThat(panel().reveal.isVisible()).isFalse();
        // A facilitator does not rewrite a reflection: no edit or delete on someone else's post.
        BoardViewTest.press(card("We tried the new intake form"), NoteCard.ACTIONS);
        assertThat(_find(Button.class, spec -> spec.withClasses("note-action")).stream().map(Button::getText))
                .contains("Hide").doesNotContain("Edit", "Delete");
    }

    @Test
    void othersResonateAndSeeTheCount() {
        wall(false);
        fixtures.as(pia, () -> noteService.addNote(wallId, firstPrompt(), "The team laughed again", null, false));
        openAs(per);
        assertThat(BoardViewTest.button(card("The team laughed again"), NoteCard.RESONATE).attr("aria-pressed"))
                .isEqualTo("false");
        BoardViewTest.press(card("The team laughed again"), NoteCard.RESONATE);
        assertThat(BoardViewTest.button(card("The team laughed again"), NoteCard.RESONATE).attr("aria-pressed"))
                .isEqualTo("true");
        assertThat(shownText(card("The team laughed again"))).contains("Resonates with 1");
        openAs(pia);
        assertThat(shownText(card("The team laughed again"))).contains("Resonates with 1");
    }

    @Test
    void aFacilitatorHidesAPostWithAReasonAndRestoresIt() {
        wall(false);
        fixtures.as(pia, () -> noteService.addNote(wallId, firstPrompt(), "Per is lazy", null, false));
        openAs(facilitator);
        BoardViewTest.press(card("Per is lazy"), NoteCard.ACTIONS);
        _click(_get(Button.class, spec -> spec.withClasses("hide-post")));
        HideDialog dialog = _get(HideDialog.class);
        assertThat(limitsUnder(dialog)).containsExactly(entry("Reason", 200));
        _click(dialog.hide);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).contains("Reason");
        assertThat(posts()).containsExactly("Per is lazy");
        _setValue(dialog.reason, "Blames a colleague by name");
        _click(dialog.hide);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(posts()).isEmpty();

        _click(panel().hiddenPosts);
        HiddenPostsDialog hidden = _get(HiddenPostsDialog.class);
        assertThat(shownText(hidden)).contains("Per is lazy").contains("Hidden by Frida Facilitator: Blames a "
                + "colleague by name");
        _click(_get(hidden, Button.class, spec -> spec.withClasses("restore-post")));
        assertThat(posts()).containsExactly("Per is lazy");
        assertThat(shownText(hidden)).contains("No posts are hidden.");
        hidden.close();

        openAs(per);
        assertThat(posts()).containsExactly("Per is lazy");
        assertThat(_find(Button.class, spec -> spec.withClasses("hide-post"))).isEmpty();
    }

    @Test
    void anAnonymousWallNamesNoAuthorAndWarnsFacilitatorsOfASmallGroup() {
        wall(true);
        openAs(pia);
        assertThat(panel().anonymity.isVisible()).isTrue();
        post("What happened?", "I was afraid to speak up");
        assertThat(shownText(card("I was afraid to speak up"))).contains("Anonymous").doesNotContain(PIA);
        assertThat(panel().warning.isVisible()).isFalse(); // participants are not told

        openAs(facilitator);
        assertThat(shownText(_get(BoardView.class))).contains("I was afraid to speak up").doesNotContain(PIA);
        assertThat(panel().warning.isVisible()).isTrue();
        assertThat(panel().warning.getText())
                .isEqualTo("Only 1 person has posted: in so small a group, anonymity is weak.");
        // The history names no one for the post either.
        _click(_get(Button.class, spec -> spec.withText("History")));
        var grid = _get(com.vaadin.flow.component.grid.Grid.class);
        assertThat(shownText(_get(HistoryDialog.class))).doesNotContain(PIA);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isGreaterThan(1);
        for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(grid); row++) {
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row).toString())
                    .doesNotContain(PIA);
        }
    }

    @Test
    void privateWritingShowsEachPostOnlyToItsAuthorUntilTheFacilitatorRevealsThem() {
        wall(false);
        openAs(facilitator);
        _click(panel().startPrivate);
        assertThat(panel().reveal.isVisible()).isTrue();

        openAs(pia);
        assertThat(panel().privateWriting.isVisible()).isTrue();
        post("So what?", "Pia-private-thought");
        assertThat(shownText(card("Pia-private-thought"))).contains("Only you can see this until the reveal");

        openAs(per);
        assertThat(posts()).isEmpty();
        assertThat(shownText(_get(BoardView.class))).doesNotContain("Pia-private-thought");

        openAs(facilitator);
        assertThat(posts()).isEmpty();
        assertThat(shownText(prompt("So what?"))).contains("1 private post so far");
        assertThat(panel().reveal.getText()).contains("1 private post");
        _click(panel().reveal);
        assertThat(panel().privateWriting.isVisible()).isFalse();

        openAs(per);
        assertThat(posts()).containsExactly("Pia-private-thought");
        assertThat(shownText(card("Pia-private-thought"))).doesNotContain("Only you can see this");
    }

    private long firstPrompt() {
        return fixtures.as(facilitator, () -> boardReader.open(wallId)).sections().getFirst().id();
    }
}
