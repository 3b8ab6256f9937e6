package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.KaribuTest;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

class ReplayViewTest extends KaribuTest {

    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;

    @Test
    void aMemberStepsThroughTheBoardsHistoryAndAFacilitatorRestoresADeletedNote() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, true, "Content");
        long content = fixtures.as(ingrid, () -> boardReader.open(boardId)).sections().getFirst().id();
        NoteState first = fixtures.as(ingrid, () -> noteService.addNote(boardId, content, "Mentoring", null, false));
        fixtures.as(ingrid, () -> noteService.addNote(boardId, content, "Quiet voices", null, true));
        fixtures.as(ingrid, () -> noteService.deleteNote(first.id()));

        signInAndOpenUi(ingrid);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("replay-link")).getHref())
                .isEqualTo("boards/" + boardId + "/replay");
        UI.getCurrent().navigate(ReplayView.href(boardId));
        ReplayView view = _get(ReplayView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Replay: What should our network give us?");
        assertThat(view.slider.getElement().getAttribute("max")).isEqualTo("3");
        assertThat(notes()).containsExactly("Quiet voicesAnonymous");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("replay-moment")).getText())
                .contains("Deleted a note", "change 4 of 4");

        _click(view.back);
        assertThat(notes()).containsExactly("MentoringIngrid BakkeDeleted since", "Quiet voicesAnonymous");
        assertThat(_find(Button.class, spec -> spec.withClasses("replay-restore"))).as("members do not restore")
                .isEmpty();
        _click(view.back);
        _click(view.back);
        assertThat(notes()).isEmpty();
        assertThat(view.back.isEnabled()).isFalse();

        signInAndOpenUi(network.coordinator());
        UI.getCurrent().navigate(ReplayView.href(boardId));
        _click(_get(ReplayView.class).back);
        _click(_get(Button.class, spec -> spec.withClasses("replay-restore")));
        assertThat(fixtures.as(ingrid, () -> boardReader.open(boardId)).notes()).extracting(NoteState::text)
                .containsExactlyInAnyOrder("Mentoring", "Quiet voices");
    }

    private static List<String> notes() {
        return _find(ListItem.class, spec -> spec.withClasses("replay-note")).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }
}
