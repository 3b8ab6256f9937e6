package org.samskab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.member.MemberService;
import org.samskab.member.PasswordAttempts;
import org.samskab.member.PasswordsPausedException;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with a password is throttled per account and per address (docs/adr/0201), on the real accounts: the
 * portal's own manager for the account's limit, a throttle with a hand-driven clock for the address's and the window.
 */
@IntegrationTest
class SignInThrottleTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    MemberUserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MemberService members;

    /** Addresses from TEST-NET-1, which no other test signs in from. */
    private static int nextAddress = 1;

    private static synchronized String newAddress() {
        return "192.0.2." + nextAddress++;
    }

    private static Authentication attempt(AuthenticationManager manager, String email, String password,
            String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        token.setDetails(new WebAuthenticationDetails(request));
        return manager.authenticate(token);
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountEvenForTheRightOneAndASuccessStartsTheCountAgain() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Tove Throttle", network.sarpsborg());
        String address = newAddress();

        // Four wrong, then right: the count starts again.
        for (int i = 0; i < PasswordAttempts.ACCOUNT_LIMIT - 1; i++) {
            assertThatThrownBy(() -> attempt(authenticationManager, email, "wrong", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        Authentication signedIn = attempt(authenticationManager, email, Fixtures.PASSWORD, address);
        SignedInMember member = (SignedInMember) signedIn.getPrincipal();
        assertThat(member.email()).isEqualTo(email);
        assertThat(member.passwordHash()).as("the session keeps no password hash").isEmpty();
        assertThat(signedIn.getCredentials()).as("nor the password").isNull();

        // Five wrong in a row, from any address and whatever the case of the e-mail address: paused.
        for (int i = 0; i < PasswordAttempts.ACCOUNT_LIMIT; i++) {
            String from = newAddress();
            String typed = i % 2 == 0 ? email.toUpperCase(java.util.Locale.ROOT) : " " + email;
            assertThatThrownBy(() -> attempt(authenticationManager, typed, "wrong-" + from, from))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(authenticationManager, email, Fixtures.PASSWORD, newAddress()))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(new SignInThrottledException().refusal().messageKey()).isEqualTo("login.throttled.message");
    }

    @Test
    void oneAddressGetsTwentyWrongPasswordsAcrossAccountsAndTheWindowEnds() {
        AtomicLong nanos = new AtomicLong();
        PasswordAttempts throttle = new PasswordAttempts(PasswordAttempts.ADDRESS_LIMIT, nanos::get);
        AuthenticationManager manager = new org.springframework.security.authentication.ProviderManager(
                new ThrottledPasswordCheck(userDetails, passwordEncoder, throttle));
        var network = fixtures.network();
        String target = fixtures.member(network, NetworkRole.PARTICIPANT, "Tina Target", network.sarpsborg());
        String address = newAddress();

        // A script tries four passwords each on five accounts from one address: twenty wrong ones.
        for (int i = 0; i < PasswordAttempts.ADDRESS_LIMIT; i++) {
            String account = "someone-" + (i % 5) + "-" + Fixtures.unique("x") + "@test.example";
            assertThatThrownBy(() -> attempt(manager, account, "guess", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // That address is paused, even with a right password; another address is not.
        assertThatThrownBy(() -> attempt(manager, target, Fixtures.PASSWORD, address))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(attempt(manager, target, Fixtures.PASSWORD, newAddress()).isAuthenticated()).isTrue();

        // The window ends fifteen minutes after the first failure.
        nanos.addAndGet(PasswordAttempts.WINDOW.minus(Duration.ofSeconds(1)).toNanos());
        assertThatThrownBy(() -> attempt(manager, target, Fixtures.PASSWORD, address))
                .isInstanceOf(SignInThrottledException.class);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(attempt(manager, target, Fixtures.PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void everyOtherPasswordCheckCountsTooChangingItAndGivingItAgain() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Gro Guess", network.sarpsborg());
        long id = userDetails.loadUserByUsername(email).memberId();
        // Someone at an unlocked screen guesses the current password to change it (or to delete the account).
        for (int i = 0; i < PasswordAttempts.ACCOUNT_LIMIT - 2; i++) {
            assertThatThrownBy(() -> members.changePassword(id, "guess", "a-new-password-1"))
                    .hasMessageContaining("validation.current-password-wrong");
        }
        assertThat(members.passwordMatches(id, "guess-again")).isFalse();
        assertThat(members.passwordMatches(id, "and-again")).isFalse();
        // Paused: the right password is not even checked, and the sign-in form is paused with it.
        assertThatThrownBy(() -> members.passwordMatches(id, Fixtures.PASSWORD))
                .isInstanceOf(PasswordsPausedException.class);
        assertThatThrownBy(() -> members.changePassword(id, Fixtures.PASSWORD, "a-new-password-1"))
                .isInstanceOf(PasswordsPausedException.class);
        assertThatThrownBy(() -> attempt(authenticationManager, email, Fixtures.PASSWORD, newAddress()))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(userDetails.loadUserByUsername(email).passwordHash()).as("unchanged")
                .satisfies(hash -> assertThat(passwordEncoder.matches(Fixtures.PASSWORD, hash)).isTrue());
    }

    @Test
    void anIpv6AddressCountsByItsNetwork() {
        PasswordAttempts attempts = new PasswordAttempts(3, System::nanoTime);
        for (int i = 1; i <= 3; i++) {
            attempts.begin("someone-" + i + "@test.example", "2001:db8:1:2::" + i);
            attempts.failed("someone-" + i + "@test.example", "2001:db8:1:2::" + i);
        }
        // Another address in the same /64: the network has used its attempts; another network has not.
        assertThatThrownBy(() -> attempts.begin("someone-4@test.example", "2001:db8:1:2:ffff::1"))
                .isInstanceOf(PasswordsPausedException.class);
        attempts.begin("someone-5@test.example", "2001:db8:1:3::1");
        attempts.begin("someone-6@test.example", "192.0.2.200");
    }

    @Test
    void aRoomSigningInAtOnceFromOneAddressIsNotHeldUpOnlyWrongPasswordsCount() {
        PasswordAttempts attempts = new PasswordAttempts(3, System::nanoTime);
        // Ten colleagues behind the town hall's address, their passwords all being checked at the same moment.
        for (int i = 1; i <= 10; i++) {
            attempts.begin("colleague-" + i + "@test.example", "192.0.2.10");
        }
        for (int i = 1; i <= 10; i++) {
            attempts.succeeded("colleague-" + i + "@test.example", "192.0.2.10");
        }
        for (int i = 1; i <= 3; i++) {
            attempts.begin("guess-" + i + "@test.example", "192.0.2.10");
            attempts.failed("guess-" + i + "@test.example", "192.0.2.10");
        }
        assertThatThrownBy(() -> attempts.begin("colleague-1@test.example", "192.0.2.10"))
                .as("three wrong passwords from there: the address pauses")
                .isInstanceOf(PasswordsPausedException.class);
    }
}
