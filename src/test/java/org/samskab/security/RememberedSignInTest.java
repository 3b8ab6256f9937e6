package org.samskab.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Remembered sign-ins on the real database: what a browser's screens meet after a restart (no session). */
@IntegrationTest
class RememberedSignInTest {

    @Autowired
    RememberedSignIn rememberedSignIn;
    @Autowired
    MemberUserDetailsService userDetails;
    @Autowired
    Fixtures fixtures;

    @Test
    void everySignInIsRememberedForADayOfGatheringAndScreensComingBackTogetherStaySignedInUntilSignOut() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Nora Lie", network.sarpsborg());
        SignedInMember member = userDetails.loadUserByUsername(email);
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(member, null,
                member.getAuthorities());

        // Signing in with the form (no "remember me" box): remembered for 8 hours.
        MockHttpServletResponse signInResponse = new MockHttpServletResponse();
        rememberedSignIn.loginSuccess(new MockHttpServletRequest(), signInResponse, signedIn);
        Cookie first = signInResponse.getCookie("remember-me");
        assertThat(first).isNotNull();
        assertThat(first.getMaxAge()).isEqualTo(8 * 60 * 60);
        assertThat(first.isHttpOnly()).isTrue();

        // After a restart the cookie signs the member in, and the browser is handed the next token.
        MockHttpServletResponse afterRestart = new MockHttpServletResponse();
        Authentication remembered = autoLogin(first, afterRestart);
        assertThat(remembered).isNotNull().extracting(a -> ((SignedInMember) a.getPrincipal()).email())
                .isEqualTo(email);
        assertThat(((SignedInMember) remembered.getPrincipal()).passwordHash()).as("kept in the session: no hash")
                .isEmpty();
        Cookie second = afterRestart.getCookie("remember-me");
        assertThat(second.getValue()).isNotEqualTo(first.getValue());

        // Another screen of that browser left with the first cookie at the same moment: still signed in (Spring
        // alone would take it for a stolen cookie and sign the member out everywhere), and given the new token.
        MockHttpServletResponse otherScreen = new MockHttpServletResponse();
        assertThat(autoLogin(first, otherScreen)).isNotNull();
        assertThat(otherScreen.getCookie("remember-me").getValue()).isEqualTo(second.getValue());

        // Signing out deletes the member's tokens: neither cookie signs anyone in any more.
        rememberedSignIn.logout(new MockHttpServletRequest(), new MockHttpServletResponse(), signedIn);
        assertThat(autoLogin(second, new MockHttpServletResponse())).isNull();
        assertThat(autoLogin(first, new MockHttpServletResponse())).isNull();
    }

    private Authentication autoLogin(Cookie cookie, MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(cookie);
        return rememberedSignIn.autoLogin(request, response);
    }
}
