package org.samskab.gathering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.samskab.KaribuTest;
import org.samskab.base.Language;
import org.samskab.board.BoardKind;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.JoiningService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a guest's browser may open (docs/adr/0187): its gathering's boards, without the way back to the gathering's
 * page; every page for members (the network, the gathering, the home page, the profile) answers "not found"; after
 * removal the board says the guest's place has ended.
 */
class GuestViewsTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    JoiningService joining;

    private static String shownView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName();
    }

    @Test
    void aGuestOpensItsGatheringsBoardsAndNoPageForMembers() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        long gatheringId = fixtures.gathering(network, "Learning café", Instant.now(), Duration.ofHours(3));
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Ideas", "",
                false, List.of("Ideas")).id());
        fixtures.as(frida, () -> {
            gatherings.start(gatheringId);
            rooms.setGuestsAllowed(gatheringId, true);
        });
        String code = Objects.requireNonNull(fixtures.as(frida, () -> rooms.room(gatheringId)).joinCode());
        var gustav = joining.joinAsGuest(code, "Gustav Guest", Language.ENGLISH, "test-" + UUID.randomUUID());

        signInAndOpenUi(gustav.signInName());
        assertThat(shownView()).as("the home page tells a guest it is in no network").isEqualTo("NetworksView");
        assertThat(_find(Anchor.class, spec -> spec.withText("Back to the gathering"))).isEmpty();
        UI.getCurrent().navigate("boards/" + ideas);
        assertThat(shownView()).isEqualTo("BoardView");
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Ideas");
        assertThat(_find(Anchor.class, spec -> spec.withText("Back to the gathering"))).isEmpty();

        for (String page : List.of("gatherings/" + gatheringId, "networks/" + network.id(), "profile")) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(page)).as(page)
                    .isInstanceOf(MockAccessDeniedException.class);
        }

        fixtures.as(frida, () -> rooms.removeGuest(gatheringId, gustav.guestId()));
        UI.getCurrent().navigate("boards/" + ideas);
        assertThat(shownView()).isEqualTo("GuestEndedView");
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you for taking part");
    }
}
