package org.samskab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.samskab.KaribuTest;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A board's turn runs other members' changes on the thread of whoever holds the turn, which may be serving a
 * Vaadin request of its own. A task wrapped by {@link CurrentMember#onBehalf} must still run as the member who
 * made it: Vaadin's context strategy answers the session's member on such a thread, whatever the thread's own
 * security context says, so carrying the security context is not enough.
 */
class OnBehalfTest extends KaribuTest {

    @Autowired
    CurrentMember currentMember;

    @Test
    void aTaskRunsAsItsMemberOnAThreadServingAnotherMembersSession() throws Exception {
        var network = fixtures.network();
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia", null);
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per", null);
        signInAndOpenUi(pia);
        // As in production: the signed-in member's context lives in the HTTP session behind the Vaadin session.
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
        long piaId = currentMember.id();

        Supplier<Long> persTask = CompletableFuture
                .supplyAsync(() -> fixtures.as(per, () -> currentMember.onBehalf(currentMember::id))).get();
        long perId = CompletableFuture.supplyAsync(() -> fixtures.as(per, currentMember::id)).get();

        assertThat(perId).isNotEqualTo(piaId);
        assertThat(persTask.get()).as("Per's change, run on the thread serving Pia's session").isEqualTo(perId);
        assertThat(currentMember.id()).as("and the thread is Pia's again afterwards").isEqualTo(piaId);
    }
}
