package org.samskab.gathering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.KaribuTest;
import org.samskab.board.BoardKind;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** Running the room from the gathering's page: bringing everyone to a board, the room's screen, following. */
class RoomConsoleTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;

    record Live(long gatheringId, long warmUp, long ideas, String frida, String pia) {
    }

    private Live live() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long gatheringId = fixtures.gathering(network, "Pilot gathering", Instant.now(), Duration.ofHours(4));
        long warmUp = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Warm-up", "",
                false, List.of("Words")).id());
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Ideas", "",
                false, List.of("Ideas")).id());
        fixtures.as(frida, () -> gatherings.start(gatheringId));
        return new Live(gatheringId, warmUp, ideas, frida, pia);
    }

    private static ListItem agendaItem(String title) {
        return _find(ListItem.class, spec -> spec.withClasses("agenda-item")).stream()
                .filter(item -> !_find(item, Anchor.class, spec -> spec.withText(title)).isEmpty()).findFirst()
                .orElseThrow();
    }

    @Test
    void aFacilitatorBringsEveryoneToABoardAndOpensTheRoomsScreen() {
        Live live = live();
        signInAndOpenUi(live.frida());
        UI.getCurrent().navigate("gatherings/" + live.gatheringId());

        RoomConsole console = _get(RoomConsole.class);
        assertThat(shownText(console)).contains("Run the room");
        _click(_get(agendaItem("Ideas"), Button.class, spec -> spec.withClasses("bring-everyone")));
        assertThat(agendaItem("Ideas").getClassNames()).contains("room-current");
        assertThat(shownText(agendaItem("Ideas"))).contains("Everyone is here");
        assertThat(agendaItem("Warm-up").getClassNames()).doesNotContain("room-current");
        assertThat(fixtures.as(live.pia(), () -> rooms.room(live.gatheringId())).currentBoardId())
                .isEqualTo(live.ideas());

        _click(_get(console, Button.class, spec -> spec.withClasses("open-room-screen")));
        Anchor screen = _get(console, Anchor.class, spec -> spec.withClasses("room-screen-anchor"));
        String secret = screen.getHref().substring("room/".length());
        assertThat(rooms.projectorRoom(secret).currentBoardId()).isEqualTo(live.ideas());
        _click(_get(console, Button.class, spec -> spec.withClasses("revoke-room-screen")));
        assertThat(_find(console, Anchor.class, spec -> spec.withClasses("room-screen-anchor"))).isEmpty();
    }

    @Test
    void aParticipantOnTheGatheringsPageGoesWhereTheFacilitatorBringsEveryone() {
        Live live = live();
        signInAndOpenUi(live.pia());
        UI.getCurrent().navigate("gatherings/" + live.gatheringId());
        assertThat(_find(RoomConsole.class)).as("no console for a participant").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("bring-everyone"))).isEmpty();

        fixtures.as(live.frida(), () -> rooms.bringEveryoneHere(live.warmUp(), null, null));
        awaitLive(() -> UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .equals("boards/" + live.warmUp()));
    }

    @Test
    void aParticipantsBoardFollowsTheFacilitatorUntilTheyStepAway() {
        Live live = live();
        fixtures.as(live.frida(), () -> rooms.bringEveryoneHere(live.warmUp(), null, null));
        signInAndOpenUi(live.pia());
        UI.getCurrent().navigate("boards/" + live.warmUp());
        Checkbox follow = _get(Checkbox.class, spec -> spec.withClasses("follow-facilitator"));
        assertThat(follow.getValue()).as("participants follow by default").isTrue();

        fixtures.as(live.frida(), () -> rooms.bringEveryoneHere(live.ideas(), null, null));
        awaitLive(() -> path().equals("boards/" + live.ideas()));

        // Stepping away: no longer taken along, but told where the room is, with a link back.
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(Checkbox.class, spec -> spec.withClasses("follow-facilitator")), false);
        fixtures.as(live.frida(), () -> rooms.bringEveryoneHere(live.warmUp(), null, null));
        awaitLive(() -> !_find(Anchor.class, spec -> spec.withClasses("back-to-facilitator")).isEmpty());
        assertThat(path()).isEqualTo("boards/" + live.ideas());
        Anchor back = _get(Anchor.class, spec -> spec.withClasses("back-to-facilitator"));
        assertThat(back.getHref()).isEqualTo("boards/" + live.warmUp());
        assertThat(shownText(back.getParent().orElseThrow())).contains("The facilitator has brought everyone to");
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
