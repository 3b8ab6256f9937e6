package org.samskab.gathering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.samskab.KaribuTest;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardViews.BreakoutMethod;
import org.samskab.board.BoardViews.BreakoutPlan;
import org.samskab.board.BoardViews.BreakoutState;
import org.samskab.board.BreakoutService;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Breakout groups on the screens (docs/adr/0188): the console's groups, message and timer, and bringing everyone
 * back; a participant's banner on the group's board.
 */
class BreakoutPanelTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    BreakoutService breakouts;
    @Autowired
    MemberService members;

    private static String texts() {
        return String.join("\n", _find(Paragraph.class).stream().filter(Paragraph::isVisible)
                .map(Paragraph::getText).toList());
    }

    @Test
    void theConsoleShowsTheGroupsSendsToAllAndBringsEveryoneBackWhileAParticipantSeesTheirGroup() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", network.sarpsborg());
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Participant", network.fredrikstad());
        long gatheringId = fixtures.gathering(network, "Learning café", Instant.now(), Duration.ofHours(3));
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Ideas", "",
                false, List.of("Ideas")).id());
        fixtures.as(frida, () -> {
            gatherings.start(gatheringId);
            rooms.bringEveryoneHere(ideas, null, null);
        });
        long piaId = members.findByEmail(pia).orElseThrow().id();
        long perId = members.findByEmail(per).orElseThrow().id();

        signInAndOpenUi(frida);
        UI.getCurrent().navigate("gatherings/" + gatheringId);
        assertThat(texts()).contains("Split the people on “Ideas” into groups, each with a board of its own.");

        BreakoutState split = Objects.requireNonNull(fixtures.as(frida, () -> breakouts.split(ideas,
                List.of(piaId, perId), BreakoutPlan.byCount(BreakoutMethod.RANDOM, 2))).runningBreakout());
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("gatherings/" + gatheringId);
        assertThat(texts()).contains("Round 1: 2 groups, 2 people.");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("look-in"))).extracting(Anchor::getHref)
                .containsExactly("boards/" + split.groups().get(0).boardId(),
                        "boards/" + split.groups().get(1).boardId());

        _setValue(_get(TextArea.class, spec -> spec.withClasses("breakout-message-field")), "Wrap up, please");
        _setValue(_get(IntegerField.class, spec -> spec.withClasses("breakout-timer-field")), 5);
        _click(_get(Button.class, spec -> spec.withClasses("send-to-groups")));
        BreakoutState told = Objects.requireNonNull(
                fixtures.as(frida, () -> rooms.room(gatheringId)).runningBreakout());
        assertThat(told.message()).isEqualTo("Wrap up, please");
        assertThat(told.timerEndsAt()).isPositive();

        _click(_get(Button.class, spec -> spec.withClasses("end-breakout")));
        assertThat(fixtures.as(frida, () -> rooms.room(gatheringId)).runningBreakout()).isNull();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("breakout-side-by-side")).getHref())
                .isEqualTo("breakouts/" + split.id());

        // A participant in a group of a new breakout sees where they are on the group's board.
        BreakoutState again = Objects.requireNonNull(fixtures.as(frida, () -> breakouts.split(ideas,
                List.of(piaId, perId), BreakoutPlan.byCount(BreakoutMethod.RANDOM, 2))).runningBreakout());
        long piasBoard = Objects.requireNonNull(again.groupOf(piaId)).boardId();
        signInAndOpenUi(pia);
        UI.getCurrent().navigate("boards/" + piasBoard);
        assertThat(_get(Span.class, spec -> spec.withClasses("breakout-where")).getText())
                .isEqualTo("You are in group " + Objects.requireNonNull(again.groupOf(piaId)).number() + " of 2.");
        UI.getCurrent().navigate("boards/" + ideas);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("go-to-group")).getHref())
                .isEqualTo("boards/" + piasBoard);
    }
}
