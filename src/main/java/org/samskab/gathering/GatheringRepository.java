package org.samskab.gathering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GatheringRepository extends JpaRepository<Gathering, Long> {

    /** A network's gatherings, earliest first; the service sorts them into now, upcoming and past. */
    List<Gathering> findByNetworkIdOrderByStartsAtAscIdAsc(long networkId);
}
