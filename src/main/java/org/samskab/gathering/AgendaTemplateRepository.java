package org.samskab.gathering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaTemplateRepository extends JpaRepository<AgendaTemplate, Long> {

    @Query("select t from AgendaTemplate t where t.networkId = ?1 and t.removedAt is null order by t.name, t.id")
    List<AgendaTemplate> findActive(long networkId);

    @Query("select t from AgendaTemplate t where t.id = ?1 and t.removedAt is null")
    Optional<AgendaTemplate> findActiveById(long id);
}
