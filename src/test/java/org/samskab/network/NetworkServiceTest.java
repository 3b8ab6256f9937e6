package org.samskab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.samskab.Refusals.refused;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.PermissionDeniedException;
import org.samskab.base.TextRules.TranslatedArgument;
import org.samskab.network.NetworkViews.IssuedInvitation;
import org.samskab.network.NetworkViews.MemberEntry;
import org.samskab.network.NetworkViews.NetworkListing;
import org.samskab.network.NetworkViews.OrganisationGroup;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** Networks and their organisations and members: the rules, who may change them, and that refusals change nothing. */
@IntegrationTest
class NetworkServiceTest {

    private static final TranslatedArgument ORGANISATION = new TranslatedArgument("field.organisation");

    @Autowired
    Fixtures fixtures;
    @Autowired
    NetworkService networks;
    @Autowired
    InvitationService invitations;

    @Test
    void anOrganisationNameIsUniqueInItsNetworkIgnoringCaseAndSpace() {
        TestNetwork network = fixtures.network();
        TestNetwork other = fixtures.network();

        fixtures.as(network.coordinator(), () -> {
            assertThat(refused(() -> networks.addOrganisation(network.id(), "SARPSBORG KOMMUNE"),
                    "validation.organisation-exists").messageArguments()).containsExactly("SARPSBORG KOMMUNE");
            refused(() -> networks.addOrganisation(network.id(), "  sarpsborg kommune "),
                    "validation.organisation-exists");
            refused(() -> networks.renameOrganisation(network.id(), network.fredrikstad(), "Sarpsborg Kommune"),
                    "validation.organisation-exists");
            assertThat(names(network)).containsExactly("Fredrikstad kommune", "Sarpsborg kommune");

            // Its own name in another case is not a duplicate.
            assertThat(networks.renameOrganisation(network.id(), network.sarpsborg(), "SARPSBORG kommune").name())
                    .isEqualTo("SARPSBORG kommune");
            assertThat(networks.addOrganisation(network.id(), "Moss kommune").name()).isEqualTo("Moss kommune");
        });
        // Another network's organisations do not count: it has a "Sarpsborg kommune" of its own.
        fixtures.as(other.coordinator(), () -> assertThat(networks.addOrganisation(other.id(), "Moss kommune")
                .name()).isEqualTo("Moss kommune"));
    }

    @Test
    void anOrganisationNameOfOneHundredTwentyCharactersIsAcceptedAndOneMoreIsRefused() {
        TestNetwork network = fixtures.network();
        String max = "O".repeat(119) + "🌱";
        fixtures.as(network.coordinator(), () -> {
            assertThat(networks.addOrganisation(network.id(), max).name()).isEqualTo(max);
            assertThat(refused(() -> networks.addOrganisation(network.id(), "P".repeat(121)),
                    "validation.too-long").messageArguments()).containsExactly(ORGANISATION, 120);
            refused(() -> networks.renameOrganisation(network.id(), network.fredrikstad(), "F".repeat(121)),
                    "validation.too-long");
            refused(() -> networks.addOrganisation(network.id(), " "), "validation.required");
            refused(() -> networks.addOrganisation(network.id(), null), "validation.required");
            assertThat(names(network)).containsExactlyInAnyOrder("Fredrikstad kommune", "Sarpsborg kommune", max);
        });
    }

    @Test
    void markupInAnOrganisationNameIsRefusedAndARefusedRenameLeavesTheName() {
        TestNetwork network = fixtures.network();
        fixtures.as(network.coordinator(), () -> {
            assertThat(refused(() -> networks.addOrganisation(network.id(), "<b>Moss</b> kommune"),
                    "validation.no-markup").messageArguments()).containsExactly(ORGANISATION);
            refused(() -> networks.renameOrganisation(network.id(), network.fredrikstad(),
                    "<script>alert(1)</script>"), "validation.no-markup");
            assertThat(names(network)).containsExactly("Fredrikstad kommune", "Sarpsborg kommune");
        });
    }

    @Test
    void onlyCoordinatorsChangeOrganisations() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Fiona", null);
        fixtures.as(facilitator, () -> {
            assertThatThrownBy(() -> networks.addOrganisation(network.id(), "Moss kommune"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> networks.renameOrganisation(network.id(), network.fredrikstad(), "Moss"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> networks.removeOrganisation(network.id(), network.fredrikstad()))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(names(network)).containsExactly("Fredrikstad kommune", "Sarpsborg kommune");
        });
    }

    @Test
    void anOrganisationWithMembersCannotBeRemovedAndOneWithoutCan() {
        TestNetwork network = fixtures.network();
        fixtures.as(network.coordinator(), () -> {
            // The coordinator belongs to Sarpsborg.
            assertThat(refused(() -> networks.removeOrganisation(network.id(), network.sarpsborg()),
                    "validation.organisation-in-use").messageArguments()).containsExactly("Sarpsborg kommune");
            assertThat(names(network)).containsExactly("Fredrikstad kommune", "Sarpsborg kommune");

            networks.removeOrganisation(network.id(), network.fredrikstad());

            assertThat(names(network)).containsExactly("Sarpsborg kommune");
            assertThatThrownBy(() -> networks.removeOrganisation(network.id(), network.fredrikstad()))
                    .isInstanceOf(ItemNotFoundException.class);
        });
    }

    @Test
    void anOrganisationNamedByAnOpenInvitationCannotBeRemovedButOnceTheInvitationIsRevokedItCan() {
        TestNetwork network = fixtures.network();
        fixtures.as(network.coordinator(), () -> {
            IssuedInvitation issued = invitations.invite(network.id(), Fixtures.unique("x") + "@test.example",
                    NetworkRole.PARTICIPANT, network.fredrikstad(), Language.ENGLISH);
            refused(() -> networks.removeOrganisation(network.id(), network.fredrikstad()),
                    "validation.organisation-in-use");

            invitations.revoke(network.id(), issued.id());
            networks.removeOrganisation(network.id(), network.fredrikstad());

            assertThat(names(network)).containsExactly("Sarpsborg kommune");
        });
    }

    @Test
    void anOrganisationItsMemberHasLeftCanBeRemovedThoughTheAcceptedInvitationNamedIt() {
        TestNetwork network = fixtures.network();
        String member = fixtures.member(network, NetworkRole.PARTICIPANT, "Mover", network.fredrikstad());
        fixtures.as(member, () -> networks.changeMyOrganisation(network.id(), network.sarpsborg()));

        fixtures.as(network.coordinator(), () -> {
            networks.removeOrganisation(network.id(), network.fredrikstad());
            assertThat(names(network)).containsExactly("Sarpsborg kommune");
        });
    }

    @Test
    void membersAreGroupedByOrganisationSortedByNameWithThoseWithoutOneLast() {
        TestNetwork network = fixtures.network();
        long moss = fixtures.as(network.coordinator(), () -> networks.addOrganisation(network.id(), "Moss kommune")
                .id());
        fixtures.member(network, NetworkRole.PARTICIPANT, "Øystein Ås", network.fredrikstad());
        fixtures.member(network, NetworkRole.FACILITATOR, "Anna Berg", network.fredrikstad());
        fixtures.member(network, NetworkRole.PARTICIPANT, "Bjørn Dahl", network.sarpsborg());
        fixtures.member(network, NetworkRole.PARTICIPANT, "Zara Lie", null);
        fixtures.member(network, NetworkRole.PARTICIPANT, "Ada Strand", null);
        fixtures.member(network, NetworkRole.PARTICIPANT, "Mads Moe", moss);
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Zoe Holm", null);

        // Any member may see who is in the network, not only the coordinator.
        List<OrganisationGroup> groups = fixtures.as(participant,
                () -> networks.membersByOrganisation(network.id(), Locale.of("nb")));

        assertThat(groups).extracting(OrganisationGroup::organisationId, OrganisationGroup::organisationName)
                .containsExactly(tuple(network.fredrikstad(), "Fredrikstad kommune"), tuple(moss, "Moss kommune"),
                        tuple(network.sarpsborg(), "Sarpsborg kommune"), tuple(null, null));
        assertThat(groups).extracting(g -> g.members().stream().map(MemberEntry::displayName).toList())
                .containsExactly(List.of("Anna Berg", "Øystein Ås"), List.of("Mads Moe"),
                        List.of("Bjørn Dahl", "Coordinator"), List.of("Ada Strand", "Zara Lie", "Zoe Holm"));
        assertThat(groups.get(0).members()).extracting(MemberEntry::role)
                .containsExactly(NetworkRole.FACILITATOR, NetworkRole.PARTICIPANT);
        assertThat(groups.get(2).members()).extracting(MemberEntry::email)
                .contains(network.coordinator());
    }

    @Test
    void namesAreSortedTheWayTheReadersLanguageSortsThem() {
        TestNetwork network = fixtures.network();
        fixtures.member(network, NetworkRole.PARTICIPANT, "Åse", null);
        fixtures.member(network, NetworkRole.PARTICIPANT, "Zara", null);
        fixtures.member(network, NetworkRole.PARTICIPANT, "Øystein", null);
        fixtures.member(network, NetworkRole.PARTICIPANT, "Oda", null);

        fixtures.as(network.coordinator(), () -> {
            // In Norwegian and Danish, Æ, Ø and Å are the last letters of the alphabet.
            assertThat(withoutOrganisation(network, Locale.of("nb"))).containsExactly("Oda", "Zara", "Øystein", "Åse");
            assertThat(withoutOrganisation(network, Locale.of("da"))).containsExactly("Oda", "Zara", "Øystein", "Åse");
            assertThat(withoutOrganisation(network, Locale.GERMAN)).startsWith("Åse", "Oda");
        });
    }

    @Test
    void theLastCoordinatorCannotBeDemoted() {
        TestNetwork network = fixtures.network();
        String second = fixtures.member(network, NetworkRole.FACILITATOR, "Second", null);
        fixtures.as(network.coordinator(), () -> {
            long coordinatorMembership = membershipOf(network, network.coordinator());
            long secondMembership = membershipOf(network, second);

            for (NetworkRole lower : List.of(NetworkRole.FACILITATOR, NetworkRole.PARTICIPANT)) {
                assertThat(refused(() -> networks.changeRole(network.id(), coordinatorMembership, lower),
                        "validation.last-coordinator").messageArguments()).isEmpty();
            }
            refused(() -> networks.changeRole(network.id(), coordinatorMembership, null), "validation.required");
            assertThat(networks.network(network.id()).myRole()).isEqualTo(NetworkRole.COORDINATOR);
            // Staying coordinator is no demotion.
            networks.changeRole(network.id(), coordinatorMembership, NetworkRole.COORDINATOR);

            networks.changeRole(network.id(), secondMembership, NetworkRole.COORDINATOR);
            networks.changeRole(network.id(), coordinatorMembership, NetworkRole.PARTICIPANT);

            assertThat(networks.network(network.id()).myRole()).isEqualTo(NetworkRole.PARTICIPANT);
            assertThatThrownBy(() -> networks.changeRole(network.id(), secondMembership, NetworkRole.PARTICIPANT))
                    .isInstanceOf(PermissionDeniedException.class);
        });
        fixtures.as(second, () -> {
            assertThat(networks.network(network.id()).myRole()).isEqualTo(NetworkRole.COORDINATOR);
            long secondMembership = membershipOf(network, second);
            refused(() -> networks.changeRole(network.id(), secondMembership, NetworkRole.FACILITATOR),
                    "validation.last-coordinator");
        });
    }

    @Test
    void aRoleCannotBeChangedInAnotherNetworkThroughAGuessedMembershipId() {
        TestNetwork network = fixtures.network();
        TestNetwork other = fixtures.network();
        String member = fixtures.member(other, NetworkRole.PARTICIPANT, "Elsewhere", null);
        long foreignMembership = fixtures.as(other.coordinator(), () -> membershipOf(other, member));

        fixtures.as(network.coordinator(), () -> assertThatThrownBy(
                () -> networks.changeRole(network.id(), foreignMembership, NetworkRole.COORDINATOR))
                .isInstanceOf(ItemNotFoundException.class));
        fixtures.as(member, () -> assertThat(networks.network(other.id()).myRole())
                .isEqualTo(NetworkRole.PARTICIPANT));
    }

    @Test
    void onlySiteAdministratorsCreateNetworksAndListThemAll() {
        TestNetwork network = fixtures.network();
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia", null);
        String name = Fixtures.unique("Forbidden");
        for (String notAdmin : List.of(network.coordinator(), participant)) {
            fixtures.as(notAdmin, () -> {
                assertThatThrownBy(() -> networks.createNetwork(name, null))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> networks.allNetworks()).isInstanceOf(PermissionDeniedException.class);
            });
        }
        assertThatThrownBy(() -> networks.createNetwork(name, null)).as("nobody signed in")
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(networks.networkExists(name)).isFalse();

        String admin = fixtures.siteAdmin();
        fixtures.as(admin, () -> {
            var created = networks.createNetwork("  " + name + " ", "  Made by the admin ");
            assertThat(created.name()).isEqualTo(name);
            assertThat(created.description()).isEqualTo("Made by the admin");
            List<NetworkListing> all = networks.allNetworks();
            assertThat(all).extracting(NetworkListing::id, NetworkListing::memberCount,
                    NetworkListing::coordinatorCount).contains(tuple(created.id(), 0L, 0L),
                            tuple(network.id(), 2L, 1L));
        });
    }

    @Test
    void aNetworkNameIsUniqueAndFollowsTheTextRules() {
        String admin = fixtures.siteAdmin();
        String name = Fixtures.unique("Unique Network");
        fixtures.as(admin, () -> {
            networks.createNetwork(name, null);
            assertThat(refused(() -> networks.createNetwork(name, "Again"), "validation.network-exists")
                    .messageArguments()).containsExactly(name);
            refused(() -> networks.createNetwork(" " + name.toUpperCase(Locale.ROOT), null),
                    "validation.network-exists");
            assertThat(refused(() -> networks.createNetwork("N".repeat(121), null), "validation.too-long")
                    .messageArguments()).containsExactly(new TranslatedArgument("field.network-name"), 120);
            refused(() -> networks.createNetwork("<i>Network</i>", null), "validation.no-markup");
            refused(() -> networks.createNetwork("  ", null), "validation.required");
            String otherName = Fixtures.unique("Described");
            assertThat(refused(() -> networks.createNetwork(otherName, "d".repeat(1001)), "validation.too-long")
                    .messageArguments()).containsExactly(new TranslatedArgument("field.description"), 1000);
            assertThat(networks.networkExists(otherName)).isFalse();
            assertThat(networks.allNetworks()).extracting(NetworkListing::name)
                    .filteredOn(n -> n.equalsIgnoreCase(name)).containsExactly(name);
        });
    }

    @Test
    void theFacilitatorsOfANetworkAreItsFacilitatorsAndCoordinatorsByName() {
        TestNetwork network = fixtures.network();
        TestNetwork other = fixtures.network();
        fixtures.member(network, NetworkRole.FACILITATOR, "Ørjan Vik", null);
        fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", network.sarpsborg());
        fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Anna Berg", null);
        fixtures.member(other, NetworkRole.FACILITATOR, "Elsewhere Eli", null);

        // Any member may see who can facilitate; in Norwegian order Ø comes after the Latin letters.
        List<MemberEntry> facilitators = fixtures.as(participant,
                () -> networks.facilitators(network.id(), Locale.of("nb")));
        assertThat(facilitators).extracting(MemberEntry::displayName, MemberEntry::role).containsExactly(
                tuple("Coordinator", NetworkRole.COORDINATOR), tuple("Ola Haugen", NetworkRole.FACILITATOR),
                tuple("Ørjan Vik", NetworkRole.FACILITATOR));
        fixtures.as(other.coordinator(), () -> assertThatThrownBy(
                () -> networks.facilitators(network.id(), Locale.ENGLISH)).isInstanceOf(ItemNotFoundException.class));
    }

    private List<String> names(TestNetwork network) {
        return networks.organisations(network.id()).stream().map(OrganisationSummary::name).toList();
    }

    private List<String> withoutOrganisation(TestNetwork network, Locale locale) {
        List<OrganisationGroup> groups = networks.membersByOrganisation(network.id(), locale);
        OrganisationGroup last = groups.getLast();
        assertThat(last.organisationId()).isNull();
        return last.members().stream().map(MemberEntry::displayName).toList();
    }

    private long membershipOf(TestNetwork network, String email) {
        return networks.membersByOrganisation(network.id(), Locale.ENGLISH).stream()
                .flatMap(g -> g.members().stream())
                .filter(m -> m.email().equals(email))
                .findFirst().orElseThrow().membershipId();
    }
}
