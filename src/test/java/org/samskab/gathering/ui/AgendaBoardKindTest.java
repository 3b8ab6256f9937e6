package org.samskab.gathering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.KaribuTest;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** Adding a Theory U canvas or a case clinic to a gathering's agenda: the kind is chosen in the dialog. */
class AgendaBoardKindTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;

    @Test
    void aFacilitatorAddsACaseClinicAndATheoryUCanvasWithTheirBuiltInSteps() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        long gathering = fixtures.gathering(network, "Pilot gathering 1", Instant.now().plus(Duration.ofDays(3)),
                Duration.ofHours(4));
        signInAndOpenUi(facilitator);
        UI.getCurrent().navigate("gatherings/" + gathering);

        add(BoardKind.CASE_CLINIC, "Case clinic: keeping newcomers");
        add(BoardKind.THEORY_U_CANVAS, "Our network on the U");

        var agenda = gatherings.agenda(gathering);
        assertThat(agenda).extracting(BoardSummary::kind).containsExactly(BoardKind.CASE_CLINIC,
                BoardKind.THEORY_U_CANVAS);
        assertThat(fixtures.as(facilitator, () -> boardReader.open(agenda.get(0).id())).sections())
                .extracting(SectionState::stageKey).hasSize(6).startsWith("cc-intention");
        assertThat(fixtures.as(facilitator, () -> boardReader.open(agenda.get(1).id())).sections())
                .extracting(SectionState::stageKey).hasSize(5).startsWith("u-co-initiating");
        assertThat(_get(ListItem.class, spec -> spec.withClasses("agenda-item")
                .withPredicate(i -> i.getElement().getTextRecursively().contains("keeping newcomers")))
                .getElement().getTextRecursively()).contains("Case clinic");
    }

    private static void add(BoardKind kind, String title) {
        _click(_get(Button.class, spec -> spec.withClasses("add-board")));
        BoardDialog dialog = _get(BoardDialog.class);
        assertThat(dialog.kind.isVisible()).isTrue();
        _setValue(dialog.kind, kind);
        _setValue(dialog.title, title);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
    }
}
