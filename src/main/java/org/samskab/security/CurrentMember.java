package org.samskab.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.samskab.base.PermissionDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The member on whose behalf a service call runs, read from the security context of the current request (or
 * push). Services ask this instead of taking a member id from the UI.
 */
@Component
public class CurrentMember {

    private final MemberUserDetailsService userDetails;

    CurrentMember(MemberUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public Optional<SignedInMember> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInMember member) {
            return Optional.of(member);
        }
        return Optional.empty();
    }

    /** The signed-in member; refuses when nobody is signed in. */
    public SignedInMember require() {
        return find().orElseThrow(PermissionDeniedException::new);
    }

    public long id() {
        return require().memberId();
    }

    public boolean isSiteAdmin() {
        return find().map(SignedInMember::siteAdmin).orElse(false);
    }

    /** Wraps a task so that it runs as the current member on whichever thread runs it, and only then. */
    public <T> Supplier<T> onBehalf(Supplier<T> task) {
        SecurityContext caller = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(caller);
            try {
                return task.get();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
    }

    /**
     * Runs a task as the given account, for start-up tasks (seeding demo data) that go through the same
     * services, and the same checks, as a signed-in member would.
     */
    public <T> T runAs(String email, Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SignedInMember member = userDetails.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
