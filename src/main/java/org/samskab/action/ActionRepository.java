package org.samskab.action;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByOwnerId(long ownerId);

    List<ActionItem> findByCreatedBy(long createdBy);

    List<ActionItem> findByGatheringIdOrderByCreatedAtAscIdAsc(long gatheringId);

    List<ActionItem> findByNetworkIdAndStatusOrderByCreatedAtAscIdAsc(long networkId, ActionStatus status);

    List<ActionItem> findByFollowUpSectionIdIn(Collection<Long> sectionIds);
}
