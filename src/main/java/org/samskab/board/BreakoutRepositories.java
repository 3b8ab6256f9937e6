package org.samskab.board;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BreakoutRepository extends JpaRepository<Breakout, Long> {
}

interface BreakoutGroupRepository extends JpaRepository<BreakoutGroup, Long> {

    @Query("select g from BreakoutGroup g where g.breakoutId = :breakoutId order by g.number")
    List<BreakoutGroup> findByBreakout(long breakoutId);
}

interface BreakoutSeatRepository extends JpaRepository<BreakoutSeat, Long> {

    @Query("select s from BreakoutSeat s where s.breakoutId = :breakoutId and s.round = :round order by s.id")
    List<BreakoutSeat> findRound(long breakoutId, int round);
}
