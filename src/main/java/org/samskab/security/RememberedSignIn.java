package org.samskab.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps members signed in across a server restart: every sign-in is remembered (no checkbox) with a persistent
 * token in the database, for {@code samskab.remember-me.valid-for} (a gathering day by default). Signing out
 * deletes the member's tokens.
 * <p>
 * Spring rotates the token at each remembered sign-in and treats an old token as stolen (and signs the member
 * out everywhere). After a restart, though, every open screen of one browser comes back at once (tabs, the push
 * reconnect, the page reload), each with the cookie it left with. So a token replaced in the last
 * {@link #GRACE} by this server is still taken from the same series, and that request gets the new one.
 */
@Component
class RememberedSignIn extends PersistentTokenBasedRememberMeServices {

    static final Duration GRACE = Duration.ofSeconds(30);
    private static final Object[] SERIES_LOCKS = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

    private final PersistentTokenRepository tokens;
    private final Map<String, Rotation> recentRotations = new ConcurrentHashMap<>();

    private record Rotation(String previousToken, Instant at) {
    }

    RememberedSignIn(MemberUserDetailsService members, PersistentTokenRepository tokens,
            @Value("${samskab.remember-me.valid-for}") Duration validFor) {
        // The key only signs the authentication object inside this server; the cookie carries none of it.
        super(UUID.randomUUID().toString(), members, tokens);
        this.tokens = tokens;
        setAlwaysRemember(true);
        setTokenValiditySeconds(Math.toIntExact(validFor.toSeconds()));
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
            HttpServletResponse response) {
        // One series at a time (its requests race for one rotation); different members' sign-ins do not wait for
        // each other, which matters when a whole room comes back after a restart.
        Object lock = cookieTokens.length == 0 ? this
                : SERIES_LOCKS[Math.floorMod(cookieTokens[0].hashCode(), SERIES_LOCKS.length)];
        synchronized (lock) {
            return rotate(cookieTokens, request, response);
        }
    }

    private UserDetails rotate(String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        Instant now = Instant.now();
        recentRotations.values().removeIf(r -> r.at().plus(GRACE).isBefore(now));
        if (cookieTokens.length == 2) {
            Rotation rotation = recentRotations.get(cookieTokens[0]);
            // Read again: signing out in the meantime deleted the series.
            PersistentRememberMeToken current = rotation == null ? null : tokens.getTokenForSeries(cookieTokens[0]);
            if (rotation != null && current != null && rotation.previousToken().equals(cookieTokens[1])) {
                setCookie(new String[] {cookieTokens[0], current.getTokenValue()}, getTokenValiditySeconds(), request,
                        response);
                return getUserDetailsService().loadUserByUsername(current.getUsername());
            }
        }
        UserDetails member = super.processAutoLoginCookie(cookieTokens, request, response);
        recentRotations.put(cookieTokens[0], new Rotation(cookieTokens[1], now));
        return member;
    }

    @Override
    protected org.springframework.security.core.Authentication createSuccessfulAuthentication(
            HttpServletRequest request, UserDetails member) {
        // Kept in the HTTP session from here on: without the password hash (docs/adr/0201).
        return super.createSuccessfulAuthentication(request,
                member instanceof SignedInMember signedIn ? signedIn.withoutPassword() : member);
    }

    /** Forgets every remembered sign-in of the member ({@code email}): their cookies sign nobody in any more. */
    void forgetAll(String email) {
        tokens.removeUserTokens(email);
    }
}
