package org.samskab.gathering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.samskab.KaribuTest;
import org.samskab.base.Language;
import org.samskab.board.BoardKind;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.JoiningService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** The join page (docs/adr/0186): the code on a phone, where it leads, and the console's code and QR. */
class JoinViewTest extends KaribuTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    JoiningService joining;

    record Live(long gatheringId, long ideas, String frida, String pia, String code) {
    }

    private Live live() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long gatheringId = fixtures.gathering(network, "Learning café", Instant.now(), Duration.ofHours(3));
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Ideas", "",
                false, List.of("Ideas")).id());
        fixtures.as(frida, () -> gatherings.start(gatheringId));
        fixtures.as(frida, () -> rooms.bringEveryoneHere(ideas, null, null));
        String code = Objects.requireNonNull(fixtures.as(frida, () -> rooms.room(gatheringId)).joinCode());
        return new Live(gatheringId, ideas, frida, pia, code);
    }

    private static String texts() {
        return String.join("\n", _find(Paragraph.class).stream().filter(Paragraph::isVisible)
                .map(Paragraph::getText).toList());
    }

    @Test
    void aMemberTypesTheCodeOnAPhoneAndLandsOnTheRoomsBoard() {
        Live live = live();
        signInAndOpenUi(live.pia());
        UI.getCurrent().navigate("j");
        _setValue(_get(TextField.class, spec -> spec.withClasses("join-code-field")),
                live.code().substring(0, 4).toLowerCase() + " " + live.code().substring(4));
        _click(_get(Button.class, spec -> spec.withClasses("join-go")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("boards/" + live.ideas());
    }

    @Test
    void aVisitorLearnsOnlyTheTitleAndIsAskedToSignIn() {
        Live live = live();
        openUi();
        UI.getCurrent().navigate("j/" + live.code());
        assertThat(texts()).contains("You are joining “Learning café”.");
        // The sign-in form right on the page (docs/adr/0190), which brings the member back through the code.
        LoginForm signIn = _get(LoginForm.class, spec -> spec.withClasses("join-sign-in-form"));
        assertThat(signIn.getAction()).isEqualTo("login");
        var kept = (org.springframework.security.web.savedrequest.SavedRequest) com.vaadin.flow.server.VaadinSession
                .getCurrent().getSession().getAttribute("SPRING_SECURITY_SAVED_REQUEST");
        assertThat(kept.getRedirectUrl()).isEqualTo("/j/" + live.code() + "/member");
        assertThat(texts()).doesNotContain("Ideas");
    }

    @Test
    void aGuestWhoJoinsBeforeTheAgendaHasABoardIsToldToWaitOnTheSamePage() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        long gatheringId = fixtures.gathering(network, "Learning café", Instant.now(), Duration.ofHours(3));
        fixtures.as(frida, () -> {
            gatherings.start(gatheringId);
            rooms.setGuestsAllowed(gatheringId, true);
        });
        String code = Objects.requireNonNull(fixtures.as(frida, () -> rooms.room(gatheringId)).joinCode());
        openUi();
        UI.getCurrent().navigate("j/" + code);
        _setValue(_get(TextField.class, spec -> spec.withClasses("join-guest-name")), "Gustav Guest");
        _click(_get(Button.class, spec -> spec.withClasses("join-guest-go")));

        assertThat(texts()).contains("You are in “Learning café” as a guest. The facilitators have not opened a "
                + "board yet: try again in a moment.");
        assertThat(_find(TextField.class, spec -> spec.withClasses("join-guest-name"))).isEmpty();
    }

    @Test
    void theWayBackToTheRoomIsForgottenOnTheLoginPageButKeptAfterAWrongPassword() {
        Live live = live();
        openUi();
        UI.getCurrent().navigate("j/" + live.code());
        assertThat(keptReturn()).isEqualTo("/j/" + live.code() + "/member");

        // A wrong password on the join page's form leads to the login page with the error: the way back stays.
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(keptReturn()).isEqualTo("/j/" + live.code() + "/member");

        // Signing in on the login page itself: no detour into the gathering seen earlier.
        UI.getCurrent().navigate("login");
        assertThat(keptReturn()).isNull();
    }

    private static @org.jspecify.annotations.Nullable String keptReturn() {
        Object kept = com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                .getAttribute("SPRING_SECURITY_SAVED_REQUEST");
        return kept == null ? null
                : ((org.springframework.security.web.savedrequest.SavedRequest) kept).getRedirectUrl();
    }

    @Test
    void anUnknownCodeSaysSoAndOffersTheFormAgain() {
        live();
        openUi();
        UI.getCurrent().navigate("j/ZZZZZZZZ");
        assertThat(texts()).contains("This code does not open a gathering.");
        assertThat(_get(TextField.class, spec -> spec.withClasses("join-code-field")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withClasses("join-code-field")), "");
        _click(_get(Button.class, spec -> spec.withClasses("join-go")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("join-code-field")).getErrorMessage())
                .isEqualTo("Type the code from the room’s screen.");
    }

    @Test
    void theFacilitatorsConsoleShowsTheCodeAndRenewsIt() {
        Live live = live();
        signInAndOpenUi(live.frida());
        UI.getCurrent().navigate("gatherings/" + live.gatheringId());
        String shown = live.code().substring(0, 4) + "-" + live.code().substring(4);
        assertThat(_get(Span.class, spec -> spec.withClasses("join-code")).getText()).isEqualTo(shown);
        assertThat(_get(Image.class, spec -> spec.withClasses("qr-code")).getSrc()).startsWith("data:image/svg+xml");

        _click(_get(Button.class, spec -> spec.withClasses("renew-join-code")));
        String renewed = fixtures.as(live.frida(), () -> rooms.room(live.gatheringId())).joinCode();
        assertThat(renewed).isNotEqualTo(live.code());
        assertThat(_get(Span.class, spec -> spec.withClasses("join-code")).getText())
                .isEqualTo(renewed.substring(0, 4) + "-" + renewed.substring(4));

        _click(_get(Button.class, spec -> spec.withClasses("close-joining")));
        assertThat(_find(Span.class, spec -> spec.withClasses("join-code"))).isEmpty();
        assertThat(texts()).contains("Joining is closed: the code lets nobody in.");
    }

    @Test
    void aVisitorIsOfferedToJoinAsAGuestOnlyWhereGuestsAreLetIn() {
        Live live = live();
        openUi();
        UI.getCurrent().navigate("j/" + live.code());
        assertThat(_find(TextField.class, spec -> spec.withClasses("join-guest-name"))).isEmpty();

        fixtures.as(live.frida(), () -> rooms.setGuestsAllowed(live.gatheringId(), true));
        openUi();
        UI.getCurrent().navigate("j/" + live.code());
        assertThat(texts()).contains("You are joining “Learning café”.").contains("A member of the network?");
        TextField name = _get(TextField.class, spec -> spec.withClasses("join-guest-name"));
        assertThat(name.getLabel()).isEqualTo("Your name");
        _setValue(name, "  ");
        _click(_get(Button.class, spec -> spec.withClasses("join-guest-go")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        assertThat(fixtures.as(live.frida(), () -> rooms.guests(live.gatheringId()))).isEmpty();
        assertThat(_get(LoginForm.class, spec -> spec.withClasses("join-sign-in-form")).getAction())
                .isEqualTo("login");
    }

    @Test
    void theConsoleLetsGuestsInListsThemAsGuestsAndRemovesOne() {
        Live live = live();
        signInAndOpenUi(live.frida());
        UI.getCurrent().navigate("gatherings/" + live.gatheringId());
        Checkbox allowed = _get(Checkbox.class, spec -> spec.withClasses("guests-allowed"));
        assertThat(allowed.getValue()).isFalse();
        _setValue(allowed, true);
        assertThat(fixtures.as(live.frida(), () -> rooms.room(live.gatheringId())).guestsAllowed()).isTrue();
        assertThat(texts()).contains("No guests have joined.");

        var gustav = joining.joinAsGuest(live.code(), "Gustav Guest", Language.ENGLISH, "test-" + live.code());
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("gatherings/" + live.gatheringId());
        assertThat(_get(H3.class, spec -> spec.withText("Guests (1)"))).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withClasses("room-guest-name")).getText()).isEqualTo("Gustav Guest");
        assertThat(_get(Span.class, spec -> spec.withClasses("guest-badge")).getText()).isEqualTo("Guest");
        Button remove = _get(Button.class, spec -> spec.withClasses("remove-guest"));
        assertThat(remove.getAriaLabel()).contains("Remove guest Gustav Guest");
        _click(remove);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(Span.class, spec -> spec.withClasses("room-guest-name"))).isEmpty();
        assertThat(fixtures.as(live.frida(), () -> rooms.guests(live.gatheringId()))).isEmpty();
        assertThat(gustav.guestId()).isPositive();
    }
}
