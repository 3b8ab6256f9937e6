package org.samskab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.MutableClock;
import org.samskab.base.Language;
import org.samskab.base.PermissionDeniedException;
import org.samskab.member.MemberProfile;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkViews.InvitationPreview;
import org.samskab.network.NetworkViews.IssuedInvitation;
import org.samskab.network.NetworkViews.MemberEntry;
import org.samskab.network.NetworkViews.OrganisationGroup;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.samskab.network.NetworkViews.PendingInvitation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Invitation links: who may issue them, what accepting one does, and every way a link stops working. */
@IntegrationTest
class InvitationServiceTest {

    private static final String WRONG_PASSWORD = "not-the-password-1";

    @Autowired
    Fixtures fixtures;
    @Autowired
    InvitationService invitations;
    @Autowired
    NetworkService networks;
    @Autowired
    MemberService members;
    @Autowired
    InvitationSettings settings;
    @Autowired
    MutableClock clock;
    @Autowired
    Clock clockTheServicesUse;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void acceptingCreatesTheAccountAndAMembershipWithTheInvitedRoleAndTheChosenOrganisation() {
        TestNetwork network = fixtures.network();
        String email = Fixtures.unique("Nina") + "@Test.Example";
        IssuedInvitation issued = invite(network, email, NetworkRole.FACILITATOR, network.sarpsborg());
        String token = Fixtures.token(issued.link());

        assertThat(issued.email()).isEqualTo(email.toLowerCase(Locale.ROOT));
        assertThat(issued.role()).isEqualTo(NetworkRole.FACILITATOR);
        assertThat(issued.link()).startsWith("http://localhost:8080/invitation/");
        InvitationPreview preview = invitations.preview(token);
        assertThat(preview.networkName()).isEqualTo(network.name());
        assertThat(preview.email()).isEqualTo(issued.email());
        assertThat(preview.role()).isEqualTo(NetworkRole.FACILITATOR);
        assertThat(preview.accountExists()).isFalse();
        assertThat(preview.presetOrganisationId()).isEqualTo(network.sarpsborg());
        assertThat(preview.organisations()).extracting(OrganisationSummary::name)
                .containsExactly("Fredrikstad kommune", "Sarpsborg kommune");

        // The invited person picks another organisation than the coordinator suggested.
        var joined = invitations.accept(token, "Nina Ødegård", network.fredrikstad(), Language.NORWEGIAN_BOKMAL,
                Fixtures.PASSWORD);

        assertThat(joined.networkId()).isEqualTo(network.id());
        assertThat(joined.email()).isEqualTo(issued.email());
        MemberProfile account = members.findByEmail(email).orElseThrow();
        assertThat(account.email()).isEqualTo(issued.email());
        assertThat(account.displayName()).isEqualTo("Nina Ødegård");
        assertThat(account.language()).isEqualTo(Language.NORWEGIAN_BOKMAL);
        assertThat(account.siteAdmin()).isFalse();
        assertThat(members.passwordMatches(account.id(), Fixtures.PASSWORD)).isTrue();
        fixtures.as(issued.email(), () -> {
            assertThat(networks.network(network.id()).myRole()).isEqualTo(NetworkRole.FACILITATOR);
        });
        fixtures.as(network.coordinator(), () -> {
            assertThat(membersOf(network, network.fredrikstad())).extracting(MemberEntry::displayName,
                    MemberEntry::role).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Nina Ødegård",
                                    NetworkRole.FACILITATOR));
            assertThat(invitations.openInvitations(network.id())).extracting(PendingInvitation::id)
                    .doesNotContain(issued.id());
        });
    }

    @Test
    void anAcceptedInvitationCannotBeUsedAgainNorPreviewed() {
        TestNetwork network = fixtures.network();
        IssuedInvitation issued = invite(network, newEmail(), NetworkRole.PARTICIPANT, null);
        String token = Fixtures.token(issued.link());
        invitations.accept(token, "First Use", null, Language.ENGLISH, Fixtures.PASSWORD);

        refused(() -> invitations.accept(token, "Second Use", null, Language.ENGLISH, Fixtures.PASSWORD),
                "invitation.used");
        refused(() -> invitations.accept(token, "Second Use", network.sarpsborg(), Language.DANISH,
                "another-password-1"), "invitation.used");
        refused(() -> invitations.preview(token), "invitation.used");
        fixtures.as(network.coordinator(), () -> {
            refused(() -> invitations.renew(network.id(), issued.id(), Language.ENGLISH), "invitation.not-open");
            // Revoking a used link changes nothing: it still reads as used, not as revoked.
            invitations.revoke(network.id(), issued.id());
        });
        refused(() -> invitations.preview(token), "invitation.used");
        assertThat(members.findByEmail(issued.email()).orElseThrow().displayName()).isEqualTo("First Use");
    }

    @Test
    void anInvitationWorksUntilItExpiresAndIsRefusedAfterwards() {
        assertThat(clockTheServicesUse).as("the test clock replaces the application's").isSameAs(clock);
        TestNetwork network = fixtures.network();
        IssuedInvitation issued = invite(network, newEmail(), NetworkRole.PARTICIPANT, null);
        String token = Fixtures.token(issued.link());
        Duration validFor = settings.validFor();
        assertThat(issued.expiresAt()).isBetween(clock.instant().plus(validFor).minusSeconds(60),
                clock.instant().plus(validFor));

        clock.advance(validFor.minusMinutes(1));
        assertThat(invitations.preview(token).email()).isEqualTo(issued.email());

        clock.advance(Duration.ofMinutes(2));
        refused(() -> invitations.preview(token), "invitation.expired");
        refused(() -> invitations.accept(token, "Too Late", null, Language.ENGLISH, Fixtures.PASSWORD),
                "invitation.expired");
        assertThat(members.findByEmail(issued.email())).isEmpty();
        fixtures.as(network.coordinator(), () -> {
            assertThat(invitations.openInvitations(network.id()))
                    .filteredOn(i -> i.id() == issued.id())
                    .singleElement()
                    .extracting(PendingInvitation::expired).isEqualTo(true);
        });
    }

    @Test
    void renewingAnExpiredInvitationGivesAWorkingLink() {
        TestNetwork network = fixtures.network();
        IssuedInvitation issued = invite(network, newEmail(), NetworkRole.FACILITATOR, network.fredrikstad());
        clock.advance(settings.validFor().plusMinutes(1));
        refused(() -> invitations.preview(Fixtures.token(issued.link())), "invitation.expired");

        IssuedInvitation renewed = fixtures.as(network.coordinator(),
                () -> invitations.renew(network.id(), issued.id(), Language.ENGLISH));

        assertThat(renewed.expiresAt()).isAfter(clock.instant().plus(settings.validFor()).minusSeconds(60));
        invitations.accept(Fixtures.token(renewed.link()), "Renewed", null, Language.ENGLISH, Fixtures.PASSWORD);
        fixtures.as(renewed.email(), () -> {
            assertThat(networks.network(network.id()).myRole()).isEqualTo(NetworkRole.FACILITATOR);
        });
    }

    @Test
    void aRevokedInvitationIsRefusedAsInvalid() {
        TestNetwork network = fixtures.network();
        IssuedInvitation issued = invite(network, newEmail(), NetworkRole.PARTICIPANT, null);
        String token = Fixtures.token(issued.link());

        fixtures.as(network.coordinator(), () -> invitations.revoke(network.id(), issued.id()));

        refused(() -> invitations.preview(token), "invitation.invalid");
        refused(() -> invitations.accept(token, "Revoked", null, Language.ENGLISH, Fixtures.PASSWORD),
                "invitation.invalid");
        assertThat(members.findByEmail(issued.email())).isEmpty();
        fixtures.as(network.coordinator(), () -> {
            assertThat(invitations.openInvitations(network.id())).extracting(PendingInvitation::id)
                    .doesNotContain(issued.id());
            refused(() -> invitations.renew(network.id(), issued.id(), Language.ENGLISH), "invitation.not-open");
        });
    }

    @Test
    void unknownGarbageAndMissingTokensAreRefusedAsInvalid() {
        TestNetwork network = fixtures.network();
        IssuedInvitation issued = invite(network, newEmail(), NetworkRole.PARTICIPANT, null);
        String token = Fixtures.token(issued.link());
        String storedHash = jdbc.queryForObject("select token_hash from invitation where id = ?", String.class,
                issued.id());
        char last = token.charAt(token.length() - 1);
        String oneCharacterOff = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        List<String> bad = new java.util.ArrayList<>(List.of("", "   ", "garbage", "x".repeat(10_000),
                oneCharacterOff, token.toUpperCase(Locale.ROOT), storedHash, issued.link(), "' or 1=1 --"));
        bad.add(null);
        for (String badToken : bad) {
            refused(() -> invitations.preview(badToken), "invitation.invalid");
            refused(() -> invitations.accept(badToken, "Guesser", null, Language.ENGLISH, Fixtures.PASSWORD),
                    "invitation.invalid");
        }
        // None of that used up or spoiled the real link.
        assertThat(members.findByEmail(issued.email())).isEmpty();
        assertThat(invitations.preview(token).email()).isEqualTo(issued.email());
    }

    @Test
    void invitingTheSameAddressAgainReplacesTheOldLink() {
        TestNetwork network = fixtures.network();
        String email = newEmail();
        IssuedInvitation first = invite(network, email, NetworkRole.PARTICIPANT, null);
        IssuedInvitation second = invite(network, email.toUpperCase(Locale.ROOT), NetworkRole.FACILITATOR,
                network.fredrikstad());

        assertThat(second.link()).isNotEqualTo(first.link());
        refused(() -> invitations.preview(Fixtures.token(first.link())), "invitation.invalid");
        refused(() -> invitations.accept(Fixtures.token(first.link()), "Old Link", null, Language.ENGLISH,
                Fixtures.PASSWORD), "invitation.invalid");
        fixtures.as(network.coordinator(), () -> {
            assertThat(invitations.openInvitations(network.id())).extracting(PendingInvitation::email)
                    .containsOnlyOnce(email);
        });
        invitations.accept(Fixtures.token(second.link()), "New Link", network.fredrikstad(), Language.ENGLISH,
                Fixtures.PASSWORD);
        fixtures.as(email, () -> {
            assertThat(networks.network(network.id()).myRole()).isEqualTo(NetworkRole.FACILITATOR);
        });
    }

    @Test
    void renewingGivesANewWorkingLinkAndKillsTheOldOne() {
        TestNetwork network = fixtures.network();
        IssuedInvitation old = invite(network, newEmail(), NetworkRole.FACILITATOR, network.fredrikstad());

        IssuedInvitation renewed = fixtures.as(network.coordinator(),
                () -> invitations.renew(network.id(), old.id(), Language.ENGLISH));

        assertThat(renewed.link()).isNotEqualTo(old.link());
        assertThat(renewed.id()).isNotEqualTo(old.id());
        assertThat(renewed.email()).isEqualTo(old.email());
        refused(() -> invitations.preview(Fixtures.token(old.link())), "invitation.invalid");
        InvitationPreview preview = invitations.preview(Fixtures.token(renewed.link()));
        assertThat(preview.role()).isEqualTo(NetworkRole.FACILITATOR);
        assertThat(preview.presetOrganisationId()).isEqualTo(network.fredrikstad());
        fixtures.as(network.coordinator(), () -> {
            assertThat(invitations.openInvitations(network.id())).extracting(PendingInvitation::id)
                    .contains(renewed.id()).doesNotContain(old.id());
        });
        invitations.accept(Fixtures.token(renewed.link()), "Renewed", network.fredrikstad(), Language.ENGLISH,
                Fixtures.PASSWORD);
        refused(() -> invitations.preview(Fixtures.token(old.link())), "invitation.invalid");
    }

    @Test
    void invitingSomeoneWhoIsAlreadyAMemberIsRefused() {
        TestNetwork network = fixtures.network();
        String member = fixtures.member(network, NetworkRole.PARTICIPANT, "Already Here", null);

        fixtures.as(network.coordinator(), () -> {
            List<PendingInvitation> before = invitations.openInvitations(network.id());
            refused(() -> invitations.invite(network.id(), member, NetworkRole.COORDINATOR, null,
                    Language.ENGLISH), "validation.already-member");
            refused(() -> invitations.invite(network.id(), "  " + member.toUpperCase(Locale.ROOT) + " ",
                    NetworkRole.FACILITATOR, null, Language.ENGLISH), "validation.already-member");
            refused(() -> invitations.invite(network.id(), network.coordinator(), NetworkRole.PARTICIPANT, null,
                    Language.ENGLISH), "validation.already-member");
            assertThat(invitations.openInvitations(network.id())).isEqualTo(before);
            assertThat(networks.network(network.id()).memberCount()).isEqualTo(2);
        });
    }

    @Test
    void anExistingAccountJoinsWithItsPasswordAndKeepsItsNameAndLanguage() {
        TestNetwork a = fixtures.network();
        TestNetwork b = fixtures.network();
        String person = fixtures.member(a, NetworkRole.PARTICIPANT, "Per Persen", a.sarpsborg());
        MemberProfile before = members.findByEmail(person).orElseThrow();
        IssuedInvitation issued = invite(b, person, NetworkRole.FACILITATOR, b.fredrikstad());
        String token = Fixtures.token(issued.link());

        assertThat(invitations.preview(token).accountExists()).isTrue();
        var joined = invitations.accept(token, "Someone Else", b.fredrikstad(), Language.DANISH, Fixtures.PASSWORD);

        assertThat(joined.networkId()).isEqualTo(b.id());
        assertThat(members.findByEmail(person).orElseThrow()).isEqualTo(before);
        fixtures.as(person, () -> {
            assertThat(networks.myNetworks()).extracting(NetworkViews.NetworkSummary::id)
                    .containsExactlyInAnyOrder(a.id(), b.id());
            assertThat(networks.network(a.id()).myRole()).isEqualTo(NetworkRole.PARTICIPANT);
            assertThat(networks.network(b.id()).myRole()).isEqualTo(NetworkRole.FACILITATOR);
        });
    }

    @Test
    void aWrongPasswordForAnExistingAccountIsRefusedAndCreatesNoMembership() {
        TestNetwork a = fixtures.network();
        TestNetwork b = fixtures.network();
        String person = fixtures.member(a, NetworkRole.PARTICIPANT, "Per Persen", null);
        IssuedInvitation issued = invite(b, person, NetworkRole.COORDINATOR, null);
        String token = Fixtures.token(issued.link());

        refused(() -> invitations.accept(token, null, null, null, WRONG_PASSWORD),
                "validation.current-password-wrong");
        refused(() -> invitations.accept(token, null, null, null, null), "validation.current-password-wrong");
        refused(() -> invitations.accept(token, null, null, null, ""), "validation.current-password-wrong");

        long personId = members.findByEmail(person).orElseThrow().id();
        assertThat(jdbc.queryForObject("select count(*) from membership where network_id = ? and member_id = ?",
                Long.class, b.id(), personId)).isZero();
        fixtures.as(person, () -> {
            assertThat(networks.myNetworks()).extracting(NetworkViews.NetworkSummary::id).containsExactly(a.id());
        });
        // The link was not used up by the failed attempts.
        assertThat(invitations.preview(token).email()).isEqualTo(person);
        invitations.accept(token, null, null, null, Fixtures.PASSWORD);
        fixtures.as(person, () -> assertThat(networks.network(b.id()).myRole()).isEqualTo(NetworkRole.COORDINATOR));
    }

    @Test
    void participantsAndFacilitatorsCannotInviteRenewOrRevoke() {
        TestNetwork network = fixtures.network();
        IssuedInvitation pending = invite(network, newEmail(), NetworkRole.PARTICIPANT, null);
        for (NetworkRole role : List.of(NetworkRole.PARTICIPANT, NetworkRole.FACILITATOR)) {
            String member = fixtures.member(network, role, "Not A Coordinator", null);
            fixtures.as(member, () -> {
                assertThatThrownBy(() -> invitations.invite(network.id(), newEmail(), NetworkRole.PARTICIPANT, null,
                        Language.ENGLISH)).isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> invitations.renew(network.id(), pending.id(), Language.ENGLISH))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> invitations.revoke(network.id(), pending.id()))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> invitations.openInvitations(network.id()))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> invitations.inviteCoordinator(network.id(), newEmail(), Language.ENGLISH))
                        .isInstanceOf(PermissionDeniedException.class);
            });
        }
        // Nor can a coordinator invite the first coordinator of a network: that is the site administrator's job.
        fixtures.as(network.coordinator(), () -> {
            assertThatThrownBy(() -> invitations.inviteCoordinator(network.id(), newEmail(), Language.ENGLISH))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(invitations.openInvitations(network.id())).extracting(PendingInvitation::id)
                    .containsExactly(pending.id());
        });
        // The refused attempts left the pending link working.
        assertThat(invitations.preview(Fixtures.token(pending.link())).email()).isEqualTo(pending.email());
    }

    @Test
    void anOrganisationOfAnotherNetworkIsRefused() {
        TestNetwork network = fixtures.network();
        TestNetwork other = fixtures.network();
        String email = newEmail();

        fixtures.as(network.coordinator(), () -> {
            refused(() -> invitations.invite(network.id(), email, NetworkRole.PARTICIPANT, other.sarpsborg(),
                    Language.ENGLISH), "validation.organisation-unknown");
            refused(() -> invitations.invite(network.id(), email, NetworkRole.PARTICIPANT, Long.MAX_VALUE,
                    Language.ENGLISH), "validation.organisation-unknown");
            assertThat(invitations.openInvitations(network.id())).isEmpty();
        });

        IssuedInvitation issued = invite(network, email, NetworkRole.PARTICIPANT, null);
        String token = Fixtures.token(issued.link());
        refused(() -> invitations.accept(token, "Org Hopper", other.fredrikstad(), Language.ENGLISH,
                Fixtures.PASSWORD), "validation.organisation-unknown");
        assertThat(members.findByEmail(email)).isEmpty();
        assertThat(invitations.preview(token).email()).isEqualTo(email);
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        TestNetwork network = fixtures.network();
        IssuedInvitation issued = invite(network, newEmail(), NetworkRole.PARTICIPANT, network.sarpsborg());
        IssuedInvitation renewed = fixtures.as(network.coordinator(),
                () -> invitations.renew(network.id(), issued.id(), Language.ENGLISH));
        List<String> tokens = List.of(Fixtures.token(issued.link()), Fixtures.token(renewed.link()));
        assertThat(tokens).allSatisfy(token -> assertThat(token).hasSizeGreaterThanOrEqualTo(40));

        List<Map<String, Object>> rows = jdbc.queryForList("select * from invitation");
        assertThat(rows).extracting(row -> ((Number) row.get("id")).longValue()).contains(issued.id(), renewed.id());
        for (Map<String, Object> row : rows) {
            for (Map.Entry<String, Object> column : row.entrySet()) {
                String value = String.valueOf(column.getValue());
                for (String token : tokens) {
                    assertThat(value).as("column %s", column.getKey()).doesNotContainIgnoringCase(token);
                }
            }
        }
        String hash = jdbc.queryForObject("select token_hash from invitation where id = ?", String.class,
                renewed.id());
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    private IssuedInvitation invite(TestNetwork network, String email, NetworkRole role, Long organisationId) {
        return fixtures.as(network.coordinator(),
                () -> invitations.invite(network.id(), email, role, organisationId, Language.ENGLISH));
    }

    private List<MemberEntry> membersOf(TestNetwork network, long organisationId) {
        return networks.membersByOrganisation(network.id(), Locale.ENGLISH).stream()
                .filter(g -> g.organisationId() != null && g.organisationId() == organisationId)
                .map(OrganisationGroup::members)
                .findFirst().orElseThrow();
    }

    private static String newEmail() {
        return Fixtures.unique("invitee") + "@test.example";
    }
}
