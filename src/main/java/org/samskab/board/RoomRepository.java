package org.samskab.board;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RoomRepository extends JpaRepository<GatheringRoom, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from GatheringRoom r where r.gatheringId = :gatheringId")
    Optional<GatheringRoom> findForUpdate(long gatheringId);

    Optional<GatheringRoom> findByProjectorTokenHash(String projectorTokenHash);

    Optional<GatheringRoom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);
}
