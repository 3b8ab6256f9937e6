package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.samskab.KaribuTest;
import org.samskab.base.Language;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.samskab.security.CurrentMember;
import org.samskab.security.SignedInMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A member who renames themselves is shown by the new name at once: in presence and as the signed-in member. */
class PresenceRenameTest extends KaribuTest {

    @Autowired
    MemberService members;
    @Autowired
    CurrentMember currentMember;

    private static String presence() {
        return _get(Div.class, spec -> spec.withClasses("board-presence")).getElement().getAttribute("aria-label");
    }

    @Test
    void presenceAndTheSignedInMemberShowTheNewNameWithoutSigningInAgain() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        long boardId = fixtures.board(network, false, "Ideas");
        signInAndOpenUi(ingrid);
        SignedInMember beforeRenaming = currentMember.require();
        UI.getCurrent().navigate("boards/" + boardId);
        awaitLive(() -> presence().contains("Ingrid Bakke"));

        // As the profile page saves it, in the member's own request.
        members.updateProfile(beforeRenaming.memberId(), "Ingrid Berg", Language.ENGLISH);

        assertThat(currentMember.require().displayName()).isEqualTo("Ingrid Berg");
        awaitLive(() -> presence().contains("Ingrid Berg") && !presence().contains("Bakke"));

        // Another of her browsers, still signed in with the old name, opens the board.
        closeUi();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(beforeRenaming, null,
                beforeRenaming.getAuthorities()));
        SecurityContextHolder.setContext(context);
        openUi();
        UI.getCurrent().navigate("boards/" + boardId);
        awaitLive(() -> presence().contains("Ingrid Berg"));
        assertThat(presence()).doesNotContain("Bakke");
    }
}
