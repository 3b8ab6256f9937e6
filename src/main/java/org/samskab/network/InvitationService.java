package org.samskab.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.TextRules;
import org.samskab.member.MemberProfile;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkViews.InvitationPreview;
import org.samskab.network.NetworkViews.IssuedInvitation;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.samskab.network.NetworkViews.PendingInvitation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: coordinators issue them, the invited person accepts one with the link. The link's token is
 * random, stored only as a hash, works once and expires.
 */
@Service
@Transactional
@EnableConfigurationProperties(InvitationSettings.class)
public class InvitationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final NetworkRepository networks;
    private final MemberService members;
    private final NetworkAccess access;
    private final InvitationMailer mailer;
    private final InvitationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, MembershipRepository memberships,
            OrganisationRepository organisations, NetworkRepository networks, MemberService members,
            NetworkAccess access, InvitationMailer mailer, InvitationSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.organisations = organisations;
        this.networks = networks;
        this.members = members;
        this.access = access;
        this.mailer = mailer;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A coordinator invites someone by e-mail with a role (and optionally their organisation). An open
     * invitation to the same address is replaced, so only the newest link works.
     *
     * @param mailLanguage the language of the mail, the inviter's own
     */
    public IssuedInvitation invite(long networkId, String email, NetworkRole role, @Nullable Long organisationId,
            Language mailLanguage) {
        Membership coordinator = access.requireRole(networkId, NetworkRole.COORDINATOR);
        return issue(coordinator.getNetwork(), email, role, organisationId, mailLanguage);
    }

    /** How many days a new invitation link works. */
    public long validForDays() {
        return settings.validFor().toDays();
    }

    /** Site administrators only: invites the first coordinator of a network. */
    public IssuedInvitation inviteCoordinator(long networkId, String email, Language mailLanguage) {
        access.requireSiteAdmin();
        Network network = networks.findById(networkId).orElseThrow(ItemNotFoundException::new);
        return issue(network, email, NetworkRole.COORDINATOR, null, mailLanguage);
    }

    /** Issues a new link for an open invitation (the old link stops working). */
    public IssuedInvitation renew(long networkId, long invitationId, Language mailLanguage) {
        Membership coordinator = access.requireRole(networkId, NetworkRole.COORDINATOR);
        Invitation old = invitations.findByIdAndNetworkId(invitationId, networkId)
                .orElseThrow(ItemNotFoundException::new);
        if (old.getAcceptedAt() != null || old.getRevokedAt() != null) {
            throw new InvalidInputException("invitation.not-open");
        }
        return issue(coordinator.getNetwork(), old.getEmail(), old.getRole(),
                old.getOrganisation() == null ? null : old.getOrganisation().getId(), mailLanguage);
    }

    public void revoke(long networkId, long invitationId) {
        access.requireRole(networkId, NetworkRole.COORDINATOR);
        Invitation invitation = invitations.findByIdAndNetworkId(invitationId, networkId)
                .orElseThrow(ItemNotFoundException::new);
        if (invitation.getAcceptedAt() == null && invitation.getRevokedAt() == null) {
            invitation.revoke(Instant.now(clock));
            invitations.saveAndFlush(invitation);
        }
    }

    /** Open (not accepted, not revoked) invitations, expired ones marked, newest first. */
    @Transactional(readOnly = true)
    public List<PendingInvitation> openInvitations(long networkId) {
        access.requireRole(networkId, NetworkRole.COORDINATOR);
        Instant now = Instant.now(clock);
        return invitations.findOpenByNetwork(networkId).stream()
                .map(i -> new PendingInvitation(i.getId(), i.getEmail(), i.getRole(),
                        i.getOrganisation() == null ? null : i.getOrganisation().getName(), i.getExpiresAt(),
                        !i.isPending(now)))
                .toList();
    }

    /** What the link offers, for anyone holding it; refuses an unknown, used, revoked or expired link. */
    @Transactional(readOnly = true)
    public InvitationPreview preview(String token) {
        Invitation invitation = usable(token);
        Network network = invitation.getNetwork();
        List<OrganisationSummary> choices = organisations.findByNetworkIdOrderByNameAsc(network.getId()).stream()
                .map(o -> new OrganisationSummary(o.getId(), o.getName()))
                .toList();
        return new InvitationPreview(network.getName(), invitation.getEmail(), invitation.getRole(),
                members.findByEmail(invitation.getEmail()).isPresent(),
                invitation.getOrganisation() == null ? null : invitation.getOrganisation().getId(), choices);
    }

    /**
     * Accepts an invitation. A new person gets an account with the name, language and password given; someone
     * who already has an account proves it with their password, and name and language are left as they are.
     *
     * @return the network joined, and the e-mail address to sign in with
     */
    public NetworkViews.JoinedNetwork accept(String token, String displayName, @Nullable Long organisationId,
            Language language,
            String password) {
        Invitation invitation = usable(token);
        Network network = invitation.getNetwork();
        Organisation organisation = organisationId == null ? null
                : organisations.findByIdAndNetworkId(organisationId, network.getId())
                        .orElseThrow(() -> new InvalidInputException("validation.organisation-unknown"));
        MemberProfile member = members.findByEmail(invitation.getEmail())
                .map(existing -> {
                    if (!members.passwordMatches(existing.id(), password)) {
                        throw new InvalidInputException("validation.current-password-wrong");
                    }
                    return existing;
                })
                .orElseGet(() -> members.createAccount(invitation.getEmail(), displayName,
                        language == null ? Language.ENGLISH : language, password));
        if (memberships.findByNetworkIdAndMemberId(network.getId(), member.id()).isPresent()) {
            throw new InvalidInputException("validation.already-member");
        }
        Instant now = Instant.now(clock);
        memberships.saveAndFlush(new Membership(network, members.reference(member.id()), invitation.getRole(),
                organisation, now));
        invitation.accept(member.id(), now);
        invitations.saveAndFlush(invitation);
        events.publishEvent(new MemberJoinedNetwork(network.getId(), member.id(), invitation.getRole()));
        return new NetworkViews.JoinedNetwork(network.getId(), member.email());
    }

    private IssuedInvitation issue(Network network, String email, NetworkRole role, @Nullable Long organisationId,
            Language mailLanguage) {
        String normalisedEmail = TextRules.email(email);
        if (role == null) {
            throw new InvalidInputException("validation.required", new TextRules.TranslatedArgument("field.role"));
        }
        Organisation organisation = organisationId == null ? null
                : organisations.findByIdAndNetworkId(organisationId, network.getId())
                        .orElseThrow(() -> new InvalidInputException("validation.organisation-unknown"));
        if (memberships.existsByNetworkIdAndMemberEmail(network.getId(), normalisedEmail)) {
            throw new InvalidInputException("validation.already-member");
        }
        Instant now = Instant.now(clock);
        invitations.findOpenByNetwork(network.getId()).stream()
                .filter(open -> open.getEmail().equals(normalisedEmail))
                .forEach(open -> open.revoke(now));
        String token = newToken();
        Invitation invitation = invitations.saveAndFlush(new Invitation(network, normalisedEmail, role,
                organisation, hash(token), access.memberId(), now, now.plus(settings.validFor())));
        String link = settings.linkFor(token);
        boolean mailed = mailer.send(normalisedEmail, network.getName(), link,
                mailLanguage == null ? Language.ENGLISH : mailLanguage);
        return new IssuedInvitation(invitation.getId(), normalisedEmail, role, link, mailed,
                invitation.getExpiresAt());
    }

    private Invitation usable(String token) {
        Invitation invitation = token == null || token.isBlank() || token.length() > 100 ? null
                : invitations.findByTokenHash(hash(token)).orElse(null);
        if (invitation == null || invitation.getRevokedAt() != null) {
            throw new InvalidInputException("invitation.invalid");
        }
        if (invitation.getAcceptedAt() != null) {
            throw new InvalidInputException("invitation.used");
        }
        if (!invitation.isPending(Instant.now(clock))) {
            throw new InvalidInputException("invitation.expired");
        }
        return invitation;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
