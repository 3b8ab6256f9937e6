package org.samskab.gathering;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GatheringRepository extends JpaRepository<Gathering, Long> {

    /** Not yet over (ends now or later), soonest first. */
    List<Gathering> findByNetworkIdAndEndsAtGreaterThanEqualOrderByStartsAtAscIdAsc(long networkId, Instant now);

    /** Over, most recent first. */
    List<Gathering> findByNetworkIdAndEndsAtLessThanOrderByStartsAtDescIdDesc(long networkId, Instant now);
}
