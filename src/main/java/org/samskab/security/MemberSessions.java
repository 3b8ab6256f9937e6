package org.samskab.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.samskab.member.PasswordChanged;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Where each member is signed in on this server, so that a new password ends every other session (docs/adr/0203):
 * those sessions are invalidated, which closes their screens, and every remembered sign-in of the member is
 * forgotten, so no browser comes back with an old cookie. The browser that changed the password stays signed in
 * and is remembered again.
 */
@Component
class MemberSessions implements VaadinServiceInitListener {

    private final Map<Long, Set<VaadinSession>> byMember = new ConcurrentHashMap<>();
    private final CurrentMember currentMember;
    private final RememberedSignIn rememberedSignIn;

    MemberSessions(CurrentMember currentMember, RememberedSignIn rememberedSignIn) {
        this.currentMember = currentMember;
        this.rememberedSignIn = rememberedSignIn;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // A page is a UI: a signed-in member's session is known from their first page in it.
        event.getSource().addUIInitListener(init -> currentMember.find()
                .ifPresent(member -> remember(member.memberId(), init.getUI().getSession())));
        event.getSource().addSessionDestroyListener(destroyed -> forget(destroyed.getSession()));
    }

    // Each member's set is changed inside the map's compute, so a set emptied and dropped is never added to after.
    private void remember(long memberId, VaadinSession session) {
        byMember.compute(memberId, (id, sessions) -> {
            Set<VaadinSession> kept = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
            kept.add(session);
            return kept;
        });
    }

    private void forget(VaadinSession session) {
        for (Long memberId : Set.copyOf(byMember.keySet())) {
            byMember.computeIfPresent(memberId, (id, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void passwordChanged(PasswordChanged event) {
        VaadinSession current = VaadinSession.getCurrent();
        java.util.List<VaadinSession> others = byMember.getOrDefault(event.memberId(), Set.of()).stream()
                .filter(session -> session != current).toList();
        others.forEach(this::forget);
        // First the cookies, so that a screen reloading as its session ends does not sign in again with one.
        rememberedSignIn.forgetAll(event.email());
        // On a thread of its own: Vaadin ends a session by running its tasks with that session as the thread's
        // current one, which would leave this request's screen without its own.
        Thread.ofVirtual().name("samskab-end-sessions").start(() -> others.forEach(MemberSessions::end));
        // This browser stays signed in across a restart: remembered again, the cookie riding on this answer.
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (authentication != null && request != null && response != null) {
            rememberedSignIn.loginSuccess(request.getHttpServletRequest(), response.getHttpServletResponse(),
                    authentication);
        }
    }

    /** Another server changed the member's password: the sessions this server holds for them end too. */
    @org.springframework.context.event.EventListener
    void passwordChangedElsewhere(org.samskab.member.PasswordChangedElsewhere event) {
        java.util.List<VaadinSession> sessions = java.util.List.copyOf(byMember.getOrDefault(event.memberId(),
                Set.of()));
        sessions.forEach(this::forget);
        Thread.ofVirtual().name("samskab-end-sessions").start(() -> sessions.forEach(MemberSessions::end));
    }

    private static void end(VaadinSession other) {
        WrappedSession session = other.getSession();
        if (session != null) {
            try {
                session.invalidate(); // Vaadin closes its screens and their push connections
            } catch (IllegalStateException alreadyInvalid) {
                // Ended meanwhile: nothing left to end.
            }
        }
    }
}
