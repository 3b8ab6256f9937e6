package org.samskab.security;

import com.vaadin.flow.server.VaadinSession;
import org.samskab.member.MemberRenamed;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The signed-in member carries their name from sign-in; when they rename themselves, their session's principal
 * takes the new name (the rename runs in their own request), so menus and new screens show it without a new
 * sign-in.
 */
@Component
class SignedInMemberRenaming {

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void renamed(MemberRenamed event) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInMember member)
                || member.memberId() != event.memberId()) {
            return;
        }
        SignedInMember renamed = new SignedInMember(member.memberId(), member.email(), event.displayName(),
                member.passwordHash(), member.siteAdmin(), member.guestOf());
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renamed,
                authentication.getCredentials(), authentication.getAuthorities()));
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            // Stored again, so the next request of this browser reads the new principal too.
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    context);
        }
    }
}
