package org.samskab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.PermissionDeniedException;
import org.springframework.beans.factory.annotation.Autowired;

/** What a member may see and do in a network, decided by the service from their role in that network. */
@IntegrationTest
class NetworkAccessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    NetworkService networks;
    @Autowired
    InvitationService invitations;

    @Test
    void aMemberOfAnotherNetworkLearnsNothingAboutIt() {
        var a = fixtures.network();
        var b = fixtures.network();
        String memberOfA = fixtures.member(a, NetworkRole.PARTICIPANT, "Anna", a.sarpsborg());

        fixtures.as(memberOfA, () -> {
            assertThat(networks.myNetworks()).extracting(NetworkViews.NetworkSummary::id).containsExactly(a.id());
            assertThatThrownBy(() -> networks.network(b.id())).isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> networks.membersByOrganisation(b.id(), Locale.ENGLISH))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> networks.organisations(b.id())).isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> invitations.openInvitations(b.id())).isInstanceOf(ItemNotFoundException.class);
        });
        // Even a coordinator of A gets "not found" for B: the same answer as for an id that does not exist.
        fixtures.as(a.coordinator(), () -> {
            assertThatThrownBy(() -> invitations.openInvitations(b.id())).isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> invitations.openInvitations(Long.MAX_VALUE))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> invitations.invite(b.id(), "x@test.example", NetworkRole.PARTICIPANT, null,
                    Language.ENGLISH)).isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> networks.renameOrganisation(a.id(), b.sarpsborg(), "Stolen"))
                    .isInstanceOf(ItemNotFoundException.class);
        });
    }

    @Test
    void rolesArePerNetwork() {
        var a = fixtures.network();
        var b = fixtures.network();
        String person = fixtures.member(a, NetworkRole.FACILITATOR, "Per", null);
        String link = fixtures.as(b.coordinator(),
                () -> invitations.invite(b.id(), person, NetworkRole.COORDINATOR, null, Language.ENGLISH).link());
        invitations.accept(Fixtures.token(link), null, null, null, Fixtures.PASSWORD);

        fixtures.as(person, () -> {
            assertThat(networks.network(a.id()).myRole()).isEqualTo(NetworkRole.FACILITATOR);
            assertThat(networks.network(b.id()).myRole()).isEqualTo(NetworkRole.COORDINATOR);
            // A facilitator in A may not invite there; as coordinator of B they may.
            assertThatThrownBy(() -> invitations.invite(a.id(), "new@test.example", NetworkRole.PARTICIPANT, null,
                    Language.ENGLISH)).isInstanceOf(PermissionDeniedException.class);
            assertThat(invitations.invite(b.id(), Fixtures.unique("new") + "@test.example",
                    NetworkRole.PARTICIPANT, null, Language.ENGLISH).link()).contains("/invitation/");
        });
    }
}
