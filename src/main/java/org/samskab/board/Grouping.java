package org.samskab.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;

/**
 * How a room splits into breakout groups (issue 15): at random, or mixing organisations as far as the numbers
 * allow. Pure, so that its promises are tested without a database or a room; the service decides who is present.
 */
final class Grouping {

    /** How people are dealt into groups; "by hand" is a split the facilitator gives whole. */
    enum Method {
        RANDOM, MIX_ORGANISATIONS
    }

    /** Someone present, with their organisation in the network (null: none, or a guest). */
    record Person(long memberId, @Nullable Long organisationId) {
    }

    static final int GROUPS_MAX = 50;

    private Grouping() {
    }

    /**
     * How many groups: {@code count} as given, or as many as give groups of at least {@code size} (the rest join
     * groups one each, so a case clinic's trios become trios and quartets, never pairs). At least one, at most one
     * per person.
     */
    static int groupCount(int people, @Nullable Integer size, @Nullable Integer count) {
        if (people < 1) {
            throw new InvalidInputException("breakout.nobody");
        }
        if ((size == null) == (count == null)) {
            throw new InvalidInputException("breakout.size-or-count");
        }
        int groups;
        if (count != null) {
            if (count < 1 || count > GROUPS_MAX) {
                throw new InvalidInputException("breakout.size-or-count");
            }
            groups = count;
        } else {
            if (size == null || size < 1) {
                throw new InvalidInputException("breakout.size-or-count");
            }
            groups = people / size;
        }
        return Math.max(1, Math.min(Math.min(groups, people), GROUPS_MAX));
    }

    /**
     * Deals people into {@code groups} groups whose sizes differ by at most one. Mixing organisations deals each
     * organisation's people round the groups in turn, biggest organisation first, so that no group holds more of one
     * organisation than the numbers force ({@code ceil(n / groups)}).
     */
    static List<List<Long>> split(List<Person> people, int groups, Method method, RandomGenerator random) {
        List<Person> order = new ArrayList<>(people);
        shuffle(order, random);
        if (method == Method.MIX_ORGANISATIONS) {
            Map<@Nullable Long, List<Person>> byOrganisation = new LinkedHashMap<>();
            for (Person person : order) {
                byOrganisation.computeIfAbsent(person.organisationId(), id -> new ArrayList<>()).add(person);
            }
            List<List<Person>> organisations = new ArrayList<>(byOrganisation.values());
            // Biggest first; among equals, as shuffled. People without an organisation are dealt last, as one more.
            organisations.sort(Comparator.comparing((List<Person> o) -> o.getFirst().organisationId() == null)
                    .thenComparing(o -> -o.size()));
            order = organisations.stream().flatMap(List::stream).toList();
        }
        List<List<Long>> split = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            split.add(new ArrayList<>());
        }
        for (int i = 0; i < order.size(); i++) {
            split.get(i % groups).add(order.get(i).memberId());
        }
        return split;
    }

    /**
     * A learning café's next round: each table's host stays, everyone else moves on to the next table (the last
     * table's to the first), so nobody meets the same table twice in a row and each table keeps its board.
     */
    static List<List<Long>> rotate(List<List<Long>> tables, Map<Integer, Long> hosts) {
        int count = tables.size();
        List<List<Long>> next = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Long> table = new ArrayList<>();
            Long host = hosts.get(i);
            if (host != null && tables.get(i).contains(host)) {
                table.add(host);
            }
            next.add(table);
        }
        for (int i = 0; i < count; i++) {
            Long host = hosts.get(i);
            for (Long member : tables.get(i)) {
                if (!Objects.equals(member, host)) {
                    next.get((i + 1) % count).add(member);
                }
            }
        }
        return next;
    }

    private static void shuffle(List<Person> people, RandomGenerator random) {
        for (int i = people.size() - 1; i > 0; i--) {
            Collections.swap(people, i, random.nextInt(i + 1));
        }
    }
}
