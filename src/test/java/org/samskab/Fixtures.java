package org.samskab;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.samskab.base.Language;
import org.samskab.gathering.GatheringForm;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.member.MemberService;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.security.CurrentMember;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Builds test networks through the real services (invitations included), with unique names so tests sharing
 * one database never see each other's data.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct-horse-42";

    private final MemberService members;
    private final NetworkService networks;
    private final InvitationService invitations;
    private final CurrentMember currentMember;
    private final UserDetailsService userDetails;
    private final org.samskab.board.BoardService boards;
    private final GatheringService gatherings;

    Fixtures(MemberService members, NetworkService networks, InvitationService invitations,
            CurrentMember currentMember, UserDetailsService userDetails, org.samskab.board.BoardService boards,
            GatheringService gatherings) {
        this.boards = boards;
        this.members = members;
        this.networks = networks;
        this.invitations = invitations;
        this.currentMember = currentMember;
        this.userDetails = userDetails;
        this.gatherings = gatherings;
    }

    /** A network with a coordinator from "Sarpsborg kommune" and a second organisation, "Fredrikstad kommune". */
    public record TestNetwork(long id, String name, String coordinator, long sarpsborg, long fredrikstad) {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String siteAdmin() {
        String email = unique("admin") + "@test.example";
        long id = members.createAccount(email, "Site Admin", Language.ENGLISH, PASSWORD).id();
        members.grantSiteAdmin(id);
        return email;
    }

    public TestNetwork network() {
        String admin = siteAdmin();
        String coordinator = unique("coordinator") + "@test.example";
        String name = unique("Network");
        long networkId = as(admin, () -> {
            long id = networks.createNetwork(name, "A test network").id();
            accept(invitations.inviteCoordinator(id, coordinator, Language.ENGLISH).link(), "Coordinator", null);
            return id;
        });
        return as(coordinator, () -> {
            long sarpsborg = networks.addOrganisation(networkId, "Sarpsborg kommune").id();
            long fredrikstad = networks.addOrganisation(networkId, "Fredrikstad kommune").id();
            networks.changeMyOrganisation(networkId, sarpsborg);
            return new TestNetwork(networkId, name, coordinator, sarpsborg, fredrikstad);
        });
    }

    /** An idea board (not on a gathering's agenda) with the given sections, created by the coordinator. */
    public long board(TestNetwork network, boolean allowAnonymous, String... sections) {
        return as(network.coordinator(), () -> boards.createBoard(network.id(), null,
                org.samskab.board.BoardKind.IDEA_BOARD, "What should our network give us?",
                "One idea per note.", allowAnonymous, java.util.List.of(sections)).id());
    }

    /** Invites and accepts a new member; returns their e-mail address. */
    public String member(TestNetwork network, NetworkRole role, String name, Long organisationId) {
        String email = unique(role.name().toLowerCase()) + "@test.example";
        String link = as(network.coordinator(),
                () -> invitations.invite(network.id(), email, role, organisationId, Language.ENGLISH).link());
        accept(link, name, organisationId);
        return email;
    }

    /** A workshop the network's coordinator plans, starting at {@code startsAt}; returns its id. */
    public long gathering(TestNetwork network, String title, Instant startsAt, Duration length) {
        return as(network.coordinator(), () -> gatherings.plan(network.id(), new GatheringForm(title,
                GatheringKind.WORKSHOP, startsAt, startsAt.plus(length), "Sarpsborg rådhus", null, null, Set.of()))
                .id());
    }

    public static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    public <T> T as(String email, Supplier<T> task) {
        return currentMember.runAs(email, task);
    }

    public void as(String email, Runnable task) {
        currentMember.runAs(email, () -> {
            task.run();
            return null;
        });
    }

    /**
     * Runs a task as the given principal, as a session that signed in earlier still holds it (a guest removed since,
     * say, whom a new sign-in would no longer let in).
     */
    public void asHeld(org.samskab.security.SignedInMember principal, Runnable task) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Signs the member in for the rest of the test thread (Karibu tests). */
    public void signIn(String email) {
        UserDetails user = userDetails.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void accept(String link, String name, Long organisationId) {
        invitations.accept(token(link), name, organisationId, Language.ENGLISH, PASSWORD);
    }
}
