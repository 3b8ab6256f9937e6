package org.samskab.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
public class CurrentMember implements org.samskab.member.ActingMember {

    /** Whom a task wrapped by {@link #onBehalf} runs for, while it runs (possibly nobody). */
    private static final ThreadLocal<@Nullable Optional<SignedInMember>> ACTING = new ThreadLocal<>();

    private final MemberUserDetailsService userDetails;

    CurrentMember(MemberUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public Optional<SignedInMember> find() {
        Optional<SignedInMember> acting = ACTING.get();
        if (acting != null) {
            return acting;
        }
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

    @Override
    public long id() {
        return require().memberId();
    }

    public boolean isSiteAdmin() {
        return find().map(SignedInMember::siteAdmin).orElse(false);
    }

    /**
     * Wraps a task so that it runs as the current member on whichever thread runs it, and only then. It does not
     * go through the security context: on a thread serving a Vaadin request, Vaadin's context strategy answers
     * that session's member whatever the thread's own context says.
     */
    public <T> Supplier<T> onBehalf(Supplier<T> task) {
        Optional<SignedInMember> caller = find();
        return () -> {
            Optional<SignedInMember> previous = ACTING.get();
            ACTING.set(caller);
            try {
                return task.get();
            } finally {
                if (previous == null) {
                    ACTING.remove();
                } else {
                    ACTING.set(previous);
                }
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
