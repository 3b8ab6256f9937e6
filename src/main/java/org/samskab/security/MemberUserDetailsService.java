package org.samskab.security;

import org.samskab.member.MemberService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs members in by e-mail address (case-insensitive), and guests by their made-up one while their gathering
 * lets them in (a remembered sign-in after a restart; a guest has no password to type).
 */
@Component
class MemberUserDetailsService implements UserDetailsService {

    private final MemberService members;

    MemberUserDetailsService(MemberService members) {
        this.members = members;
    }

    @Override
    public SignedInMember loadUserByUsername(String email) {
        return members.findForSignIn(email)
                .map(m -> new SignedInMember(m.getId(), m.getEmail(), m.getDisplayName(), m.getPasswordHash(),
                        m.isSiteAdmin(), m.getGuestOf()))
                .orElseThrow(() -> new UsernameNotFoundException("No such member"));
    }
}
