package org.samskab.memory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.KaribuTest;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.samskab.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

class SearchViewTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    Clock clock;

    @Test
    void aMemberSearchesFromTheNetworkPageAndEachHitOpensItsBoardAtTheNote() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        long gathering = fixtures.gathering(network, "Insight gathering", Instant.now(clock), Duration.ofHours(3));
        long board = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", null, true, List.of("Content"))
                    .id();
        });
        long content = fixtures.as(facilitator, () -> boardReader.open(board)).sections().getFirst().id();
        NoteState note = fixtures.as(facilitator, () -> noteService.addNote(board, content,
                "Vi vil styrke samarbejdet mellem kommunerne", null, true));

        signInAndOpenUi(facilitator);
        UI.getCurrent().navigate("networks/" + network.id());
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(1);
        MemoryPanel panel = _get(MemoryPanel.class);
        _setValue(panel.query, "samarbejde");
        _click(panel.search);

        SearchView view = _get(SearchView.class);
        assertThat(view.query.getValue()).isEqualTo("samarbejde");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("search-status")).getText())
                .isEqualTo("1 note and no actions found for “samarbejde”.");
        Anchor hit = _get(Anchor.class, spec -> spec.withClasses("search-hit-text"));
        assertThat(hit.getText()).isEqualTo("Vi vil styrke samarbejdet mellem kommunerne");
        assertThat(hit.getHref()).isEqualTo("boards/" + board + "?note=" + note.id());
        assertThat(view.getElement().getTextRecursively()).contains("Anonymous · Ideas › Content · Insight gathering")
                .doesNotContain("Mette");

        _setValue(view.query, "<b>samarbejde</b>");
        _click(view.search);
        assertThat(view.query.isInvalid()).isTrue();
        assertThat(view.query.getErrorMessage()).contains("markup");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("search-hit-text"))).isEmpty();

        _setValue(view.query, "tillid");
        _click(view.search);
        assertThat(view.query.isInvalid()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("search-status")).getText())
                .isEqualTo("Nothing found for “tillid”.");
    }

    @Test
    void anotherNetworksSearchIsNotFound() {
        TestNetwork other = fixtures.network();
        String participant = fixtures.member(fixtures.network(), NetworkRole.PARTICIPANT, "Per Lund", null);
        signInAndOpenUi(participant);
        SearchView.open(UI.getCurrent(), other.id(), "anything");
        assertThat(_find(SearchView.class)).isEmpty();
        _get(NotFoundView.class);
    }
}
