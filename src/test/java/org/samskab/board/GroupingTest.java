package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samskab.Refusals.refused;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samskab.board.Grouping.Method;
import org.samskab.board.Grouping.Person;

/** Splitting a room into breakout groups (issue 15): sizes, mixing organisations, and a learning café's rotation. */
class GroupingTest {

    /** {@code counts[i]} people of organisation i (ids 1000 × (i + 1) + n). */
    private static List<Person> room(int... counts) {
        List<Person> people = new ArrayList<>();
        for (int organisation = 0; organisation < counts.length; organisation++) {
            for (int n = 0; n < counts[organisation]; n++) {
                people.add(new Person(1000L * (organisation + 1) + n, (long) organisation + 1));
            }
        }
        return people;
    }

    @Test
    void aSizeGivesGroupsOfAtLeastThatSizeAndACountIsTaken() {
        assertThat(Grouping.groupCount(10, 3, null)).as("trios and a quartet, no pair").isEqualTo(3);
        assertThat(Grouping.groupCount(12, 4, null)).isEqualTo(3);
        assertThat(Grouping.groupCount(2, 3, null)).as("fewer than a group: one group").isEqualTo(1);
        assertThat(Grouping.groupCount(500, 25, null)).isEqualTo(20);
        assertThat(Grouping.groupCount(10, null, 4)).isEqualTo(4);
        assertThat(Grouping.groupCount(3, null, 5)).as("no empty groups").isEqualTo(3);
        refused(() -> Grouping.groupCount(10, null, null), "breakout.size-or-count");
        refused(() -> Grouping.groupCount(10, 3, 2), "breakout.size-or-count");
        refused(() -> Grouping.groupCount(10, 0, null), "breakout.size-or-count");
        refused(() -> Grouping.groupCount(10, null, 0), "breakout.size-or-count");
        refused(() -> Grouping.groupCount(0, 3, null), "breakout.nobody");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void everyoneIsInExactlyOneGroupAndSizesDifferByAtMostOne(long seed) {
        List<Person> people = room(7, 5, 3, 1);
        for (Method method : Method.values()) {
            List<List<Long>> groups = Grouping.split(people, 4, method, new SplittableRandom(seed));
            assertThat(groups).hasSize(4);
            assertThat(groups.stream().flatMap(List::stream).sorted().toList())
                    .isEqualTo(people.stream().map(Person::memberId).sorted().toList());
            int smallest = groups.stream().mapToInt(List::size).min().orElseThrow();
            int biggest = groups.stream().mapToInt(List::size).max().orElseThrow();
            assertThat(biggest - smallest).isLessThanOrEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void mixingOrganisationsPutsNoMoreOfOneOrganisationInAGroupThanTheNumbersForce(long seed) {
        List<Person> people = room(7, 5, 3, 1);
        Map<Long, Long> organisationOf = people.stream().collect(Collectors.toMap(Person::memberId,
                p -> p.organisationId()));
        List<List<Long>> groups = Grouping.split(people, 4, Method.MIX_ORGANISATIONS, new SplittableRandom(seed));
        for (List<Long> group : groups) {
            Map<Long, Long> perOrganisation = group.stream()
                    .collect(Collectors.groupingBy(organisationOf::get, Collectors.counting()));
            assertThat(perOrganisation.getOrDefault(1L, 0L)).as("7 from one organisation in 4 groups")
                    .isLessThanOrEqualTo(2);
            assertThat(perOrganisation.getOrDefault(2L, 0L)).as("5 in 4 groups").isLessThanOrEqualTo(2);
            assertThat(perOrganisation.getOrDefault(3L, 0L)).as("3 in 4 groups").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void atRandomTheSplitChangesWithTheDraw() {
        List<Person> people = room(20);
        var first = Grouping.split(people, 4, Method.RANDOM, new SplittableRandom(1));
        var second = Grouping.split(people, 4, Method.RANDOM, new SplittableRandom(2));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aLearningCafesHostsStayAndEveryoneElseMovesToTheNextTable() {
        List<List<Long>> tables = List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L), List.of(7L, 8L));
        Map<Integer, Long> hosts = new HashMap<>(Map.of(0, 1L, 1, 4L, 2, 7L));
        List<List<Long>> next = Grouping.rotate(tables, hosts);
        assertThat(next).containsExactly(List.of(1L, 8L), List.of(4L, 2L, 3L), List.of(7L, 5L, 6L));
        List<List<Long>> third = Grouping.rotate(next, hosts);
        assertThat(third.get(0)).containsExactly(1L, 5L, 6L);
        Collection<Long> everyone = third.stream().flatMap(List::stream).sorted().toList();
        assertThat(everyone).isEqualTo(LongStream.rangeClosed(1, 8).boxed().toList());
    }
}
