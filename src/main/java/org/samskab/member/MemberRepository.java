package org.samskab.member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByEmail(String email);

    /** A member's id and display name. */
    record Named(long id, String displayName) {
    }

    /**
     * The names of these members, deleted accounts left out: a query string, which Hibernate plans once, where
     * {@code findAllById} builds a criteria query on every call (docs/adr/0200).
     */
    @Query("select new org.samskab.member.MemberRepository$Named(m.id, m.displayName) from Member m"
            + " where m.id in :ids and m.erasedAt is null")
    List<Named> findNames(@Param("ids") java.util.Collection<Long> ids);

    boolean existsByEmail(String email);

    boolean existsBySiteAdminTrue();

    @Query("select count(m) > 0 from Member m where m.id = :memberId and m.guestOf = :gatheringId"
            + " and m.guestEndedAt is null")
    boolean isGuestIn(@Param("memberId") long memberId, @Param("gatheringId") long gatheringId);

    @Query("select m from Member m where m.guestOf = :gatheringId and m.guestEndedAt is null order by m.createdAt, m.id")
    List<Member> findGuestsOf(@Param("gatheringId") long gatheringId);

    @Modifying(flushAutomatically = true)
    @Query("update Member m set m.guestEndedAt = :at where m.guestOf = :gatheringId and m.guestEndedAt is null")
    int endGuestsOf(@Param("gatheringId") long gatheringId, @Param("at") Instant at);
}
