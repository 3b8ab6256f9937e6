package org.samskab.live;

import java.util.List;

/** How many members have a board open, and the first few of them (in the order they came). */
record PresenceSummary(int count, List<PresentMember> first) {

    record PresentMember(long memberId, String name) {
    }

    List<String> names() {
        return first.stream().map(PresentMember::name).toList();
    }

    /** How many names a screen shows; the rest are counted. */
    static final int NAMED = 5;

    static final PresenceSummary NOBODY = new PresenceSummary(0, List.of());
}
