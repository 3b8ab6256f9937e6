package org.samskab.network;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.TextRules;
import org.samskab.network.NetworkViews.MemberEntry;
import org.samskab.network.NetworkViews.MyMembership;
import org.samskab.network.NetworkViews.NetworkListing;
import org.samskab.network.NetworkViews.NetworkSummary;
import org.samskab.network.NetworkViews.OrganisationGroup;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Networks, their organisations and members, as the signed-in member may see and change them. */
@Service
@Transactional
public class NetworkService {

    private final NetworkRepository networks;
    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final NetworkAccess access;
    private final Clock clock;

    NetworkService(NetworkRepository networks, OrganisationRepository organisations,
            MembershipRepository memberships, InvitationRepository invitations, NetworkAccess access, Clock clock) {
        this.networks = networks;
        this.organisations = organisations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.access = access;
        this.clock = clock;
    }

    /** The networks the signed-in member belongs to, and nothing else. */
    @Transactional(readOnly = true)
    public List<NetworkSummary> myNetworks() {
        return memberships.findByMemberWithNetwork(access.memberId()).stream()
                .map(m -> summary(m.getNetwork(), m.getRole()))
                .toList();
    }

    @Transactional(readOnly = true)
    public NetworkSummary network(long networkId) {
        Membership membership = access.requireMember(networkId);
        return summary(membership.getNetwork(), membership.getRole());
    }

    /** Members grouped by organisation (alphabetically), members without one last. */
    @Transactional(readOnly = true)
    public List<OrganisationGroup> membersByOrganisation(long networkId, Locale locale) {
        access.requireMember(networkId);
        Collator collator = Collator.getInstance(locale);
        Map<Long, OrganisationGroup> groups = new LinkedHashMap<>();
        for (Organisation organisation : organisations.findByNetworkIdOrderByNameAsc(networkId)) {
            groups.put(organisation.getId(),
                    new OrganisationGroup(organisation.getId(), organisation.getName(), new java.util.ArrayList<>()));
        }
        List<MemberEntry> withoutOrganisation = new java.util.ArrayList<>();
        for (Membership m : memberships.findByNetworkWithMembers(networkId)) {
            MemberEntry entry = new MemberEntry(m.getId(), m.getMember().getId(), m.getMember().getDisplayName(),
                    m.getMember().getEmail(), m.getRole());
            if (m.getOrganisation() == null) {
                withoutOrganisation.add(entry);
            } else {
                Objects.requireNonNull(groups.get(m.getOrganisation().getId())).members().add(entry);
            }
        }
        Comparator<MemberEntry> byName = Comparator.comparing(MemberEntry::displayName, collator);
        Comparator<OrganisationGroup> byOrganisation = Comparator.comparing(OrganisationGroup::organisationName,
                collator);
        List<OrganisationGroup> result = new java.util.ArrayList<>(groups.values().stream()
                .map(g -> new OrganisationGroup(g.organisationId(), g.organisationName(),
                        g.members().stream().sorted(byName).toList()))
                .sorted(byOrganisation)
                .toList());
        if (!withoutOrganisation.isEmpty()) {
            result.add(new OrganisationGroup(null, null, withoutOrganisation.stream().sorted(byName).toList()));
        }
        return result;
    }

    /** The network's facilitators and coordinators, who may run its gatherings, by name; any member may ask. */
    @Transactional(readOnly = true)
    public List<MemberEntry> facilitators(long networkId, Locale locale) {
        access.requireMember(networkId);
        Collator collator = Collator.getInstance(locale);
        return memberships.findByNetworkWithMembers(networkId).stream()
                .filter(m -> m.getRole().canFacilitate())
                .map(m -> new MemberEntry(m.getId(), m.getMember().getId(), m.getMember().getDisplayName(),
                        m.getMember().getEmail(), m.getRole()))
                .sorted(Comparator.comparing(MemberEntry::displayName, collator))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations(long networkId) {
        access.requireMember(networkId);
        return organisationSummaries(networkId);
    }

    public OrganisationSummary addOrganisation(long networkId, String name) {
        Membership coordinator = access.requireRole(networkId, NetworkRole.COORDINATOR);
        String cleanName = TextRules.requiredText(name, TextRules.TITLE_MAX, "field.organisation");
        if (organisations.existsByNetworkIdAndNameIgnoreCase(networkId, cleanName)) {
            throw new InvalidInputException("validation.organisation-exists", cleanName);
        }
        Organisation saved = organisations.saveAndFlush(
                new Organisation(coordinator.getNetwork(), cleanName, Instant.now(clock)));
        return new OrganisationSummary(saved.getId(), saved.getName());
    }

    public OrganisationSummary renameOrganisation(long networkId, long organisationId, String name) {
        access.requireRole(networkId, NetworkRole.COORDINATOR);
        Organisation organisation = organisations.findByIdAndNetworkId(organisationId, networkId)
                .orElseThrow(ItemNotFoundException::new);
        String cleanName = TextRules.requiredText(name, TextRules.TITLE_MAX, "field.organisation");
        if (!organisation.getName().equalsIgnoreCase(cleanName)
                && organisations.existsByNetworkIdAndNameIgnoreCase(networkId, cleanName)) {
            throw new InvalidInputException("validation.organisation-exists", cleanName);
        }
        organisation.setName(cleanName);
        organisations.saveAndFlush(organisation);
        return new OrganisationSummary(organisation.getId(), organisation.getName());
    }

    /** Removes an organisation nobody belongs to and no open invitation names. */
    public void removeOrganisation(long networkId, long organisationId) {
        access.requireRole(networkId, NetworkRole.COORDINATOR);
        Organisation organisation = organisations.findByIdAndNetworkId(organisationId, networkId)
                .orElseThrow(ItemNotFoundException::new);
        if (memberships.existsByOrganisationId(organisationId)
                || invitations.existsByOrganisationIdAndAcceptedAtIsNullAndRevokedAtIsNull(organisationId)) {
            throw new InvalidInputException("validation.organisation-in-use", organisation.getName());
        }
        // Accepted and revoked invitations still point at it; without this the delete breaks their foreign key.
        invitations.forgetOrganisationInClosedInvitations(organisationId);
        organisations.delete(organisation);
    }

    /** Changes a member's role; a network always keeps at least one coordinator. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void changeRole(long networkId, long membershipId, NetworkRole role) {
        // Role changes in one network take turns (network row lock), and each reads what the last one committed:
        // two coordinators demoting each other at once cannot leave the network without one.
        networks.lockById(networkId).orElseThrow(ItemNotFoundException::new);
        access.requireRole(networkId, NetworkRole.COORDINATOR);
        Membership membership = memberships.findByIdAndNetworkId(membershipId, networkId)
                .orElseThrow(ItemNotFoundException::new);
        if (role == null) {
            throw new InvalidInputException("validation.required", new TextRules.TranslatedArgument("field.role"));
        }
        if (membership.getRole() == NetworkRole.COORDINATOR && role != NetworkRole.COORDINATOR
                && memberships.countByNetworkIdAndRole(networkId, NetworkRole.COORDINATOR) <= 1) {
            throw new InvalidInputException("validation.last-coordinator");
        }
        membership.setRole(role);
        memberships.saveAndFlush(membership);
    }

    /**
     * The signed-in member leaves every network, as their account is deleted (docs/adr/0197). Refused, with nothing
     * changed, while they are the last coordinator of one: a network always keeps one.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void leaveAllNetworks() {
        List<Membership> mine = memberships.findByMemberWithNetwork(access.memberId());
        for (Membership membership : mine) {
            long networkId = membership.getNetwork().getId();
            networks.lockById(networkId).orElseThrow(ItemNotFoundException::new);
            if (membership.getRole() == NetworkRole.COORDINATOR
                    && memberships.countByNetworkIdAndRole(networkId, NetworkRole.COORDINATOR) <= 1) {
                throw new InvalidInputException("account.last-coordinator", membership.getNetwork().getName());
            }
        }
        memberships.deleteAll(mine);
        memberships.flush();
    }

    /** The signed-in member's memberships, with each network's organisations to choose from. */
    @Transactional(readOnly = true)
    public List<MyMembership> myMemberships() {
        return memberships.findByMemberWithNetwork(access.memberId()).stream()
                .map(m -> new MyMembership(m.getNetwork().getId(), m.getNetwork().getName(), m.getRole(),
                        m.getOrganisation() == null ? null : m.getOrganisation().getId(),
                        organisationSummaries(m.getNetwork().getId())))
                .toList();
    }

    /** Sets the organisation the signed-in member represents in a network (null: none). */
    public void changeMyOrganisation(long networkId, @Nullable Long organisationId) {
        Membership membership = access.requireMember(networkId);
        membership.setOrganisation(organisationId == null ? null
                : organisations.findByIdAndNetworkId(organisationId, networkId)
                        .orElseThrow(ItemNotFoundException::new));
        memberships.saveAndFlush(membership);
    }

    /** Site administrators only: creates a network. Its first coordinator is invited separately. */
    public NetworkSummary createNetwork(String name, String description) {
        access.requireSiteAdmin();
        String cleanName = TextRules.requiredText(name, TextRules.TITLE_MAX, "field.network-name");
        String cleanDescription = TextRules.optionalText(description, TextRules.DESCRIPTION_MAX,
                "field.description");
        if (networks.existsByNameIgnoreCase(cleanName)) {
            throw new InvalidInputException("validation.network-exists", cleanName);
        }
        Network network = networks.saveAndFlush(new Network(cleanName, cleanDescription, Instant.now(clock)));
        return new NetworkSummary(network.getId(), network.getName(), network.getDescription(), null, 0);
    }

    /** Site administrators only: every network, with how many members and coordinators it has. */
    @Transactional(readOnly = true)
    public List<NetworkListing> allNetworks() {
        access.requireSiteAdmin();
        return networks.findAllByOrderByNameAsc().stream()
                .map(n -> new NetworkListing(n.getId(), n.getName(), memberships.countByNetworkId(n.getId()),
                        memberships.countByNetworkIdAndRole(n.getId(), NetworkRole.COORDINATOR)))
                .toList();
    }

    /** True when a network of that name exists; for idempotent seeding. */
    @org.samskab.base.NotForScreens
    @Transactional(readOnly = true)
    public boolean networkExists(String name) {
        return networks.existsByNameIgnoreCase(name);
    }

    private List<OrganisationSummary> organisationSummaries(long networkId) {
        return organisations.findByNetworkIdOrderByNameAsc(networkId).stream()
                .map(o -> new OrganisationSummary(o.getId(), o.getName()))
                .toList();
    }

    private NetworkSummary summary(Network network, NetworkRole role) {
        return new NetworkSummary(network.getId(), network.getName(), network.getDescription(), role,
                memberships.countByNetworkId(network.getId()));
    }
}
