package org.samskab.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in member. It carries the member id so services never look a member up by a name
 * from the UI. Roles here are site-wide only (member, site administrator, guest); network roles live in the
 * database. A guest of one gathering ({@code guestOf}, docs/adr/0187) is not a member: views for members only
 * refuse it, and services find it in no network.
 */
public record SignedInMember(long memberId, String email, String displayName, String passwordHash, boolean siteAdmin,
        @Nullable Long guestOf) implements UserDetails {

    public static final String ROLE_MEMBER = "MEMBER";
    public static final String ROLE_ADMIN = "ADMIN";
    public static final String ROLE_GUEST = "GUEST";

    /**
     * The principal as it is kept once signed in: without the password hash, which the HTTP session (and anything
     * that reads it) has no need of. Anything else is returned as it is.
     */
    static Object withoutPassword(Object principal) {
        return principal instanceof SignedInMember m ? m.withoutPassword() : principal;
    }

    SignedInMember withoutPassword() {
        return passwordHash.isEmpty() ? this
                : new SignedInMember(memberId, email, displayName, "", siteAdmin, guestOf);
    }

    public boolean guest() {
        return guestOf != null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (guestOf != null) {
            return List.of(new SimpleGrantedAuthority("ROLE_" + ROLE_GUEST));
        }
        return siteAdmin
                ? List.of(new SimpleGrantedAuthority("ROLE_" + ROLE_MEMBER),
                        new SimpleGrantedAuthority("ROLE_" + ROLE_ADMIN))
                : List.of(new SimpleGrantedAuthority("ROLE_" + ROLE_MEMBER));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String toString() {
        // Never print the hash.
        return "SignedInMember[" + memberId + ", " + email + "]";
    }
}
