package org.samskab.network;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NetworkRepository extends JpaRepository<Network, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Network n where n.id = :id")
    Optional<Network> lockById(long id);

    boolean existsByNameIgnoreCase(String name);

    List<Network> findAllByOrderByNameAsc();
}

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    List<Organisation> findByNetworkIdOrderByNameAsc(long networkId);

    Optional<Organisation> findByIdAndNetworkId(long id, long networkId);

    boolean existsByNetworkIdAndNameIgnoreCase(long networkId, String name);
}

interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByNetworkIdAndMemberId(long networkId, long memberId);

    /** The role alone: asked on every board change, so it loads no entity for the flush to check. */
    @Query("select m.role from Membership m where m.network.id = :networkId and m.member.id = :memberId")
    Optional<NetworkRole> findRole(long networkId, long memberId);

    /** Several members' roles at once (a board's turn): member id and role, for those in the network. */
    @Query("select m.member.id, m.role from Membership m where m.network.id = :networkId "
            + "and m.member.id in :memberIds")
    List<Object[]> findRoles(long networkId, java.util.Collection<Long> memberIds);

    /** Several members' roles and organisations at once (splitting a room into groups): id, role, organisation id. */
    @Query("select m.member.id, m.role, o.id from Membership m left join m.organisation o "
            + "where m.network.id = :networkId and m.member.id in :memberIds")
    List<Object[]> findPlaces(long networkId, java.util.Collection<Long> memberIds);

    boolean existsByNetworkIdAndMemberEmail(long networkId, String email);

    @Query("select m from Membership m join fetch m.network where m.member.id = :memberId order by m.network.name")
    List<Membership> findByMemberWithNetwork(long memberId);

    @Query("select m from Membership m join fetch m.member left join fetch m.organisation "
            + "where m.network.id = :networkId")
    List<Membership> findByNetworkWithMembers(long networkId);

    Optional<Membership> findByIdAndNetworkId(long id, long networkId);

    long countByNetworkId(long networkId);

    long countByNetworkIdAndRole(long networkId, NetworkRole role);

    boolean existsByOrganisationId(long organisationId);
}

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findByIdAndNetworkId(long id, long networkId);

    @Query("select i from Invitation i left join fetch i.organisation where i.network.id = :networkId "
            + "and i.acceptedAt is null and i.revokedAt is null order by i.createdAt desc")
    List<Invitation> findOpenByNetwork(long networkId);

    boolean existsByOrganisationIdAndAcceptedAtIsNullAndRevokedAtIsNull(long organisationId);

    /** Lets accepted and revoked invitations forget an organisation that is being removed. */
    @Modifying(flushAutomatically = true)
    @Query("update Invitation i set i.organisation = null where i.organisation.id = :organisationId "
            + "and (i.acceptedAt is not null or i.revokedAt is not null)")
    int forgetOrganisationInClosedInvitations(long organisationId);
}
