package org.samskab.board;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One phase of a board's plan: the phase and, for a stage, its section.
 *
 * @param phase the phase
 * @param sectionId the stage a {@link Phase#STAGE} is about; null for every other phase
 */
public record PlannedPhase(Phase phase, @Nullable Long sectionId) {

    public static PlannedPhase of(Phase phase) {
        return new PlannedPhase(phase, null);
    }

    /** The plan as the board's column stores it: {@code WRITE,GROUP,STAGE:12}. */
    static String format(List<PlannedPhase> plan) {
        return String.join(",", plan.stream()
                .map(p -> p.sectionId() == null ? p.phase().name() : p.phase().name() + ":" + p.sectionId()).toList());
    }

    /** Reads {@link #format}'s text back; names it does not know (a later version's) are skipped. */
    static List<PlannedPhase> parse(@Nullable String text) {
        List<PlannedPhase> plan = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return plan;
        }
        for (String entry : text.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            try {
                Phase phase = Phase.valueOf(parts[0]);
                plan.add(new PlannedPhase(phase, parts.length > 1 ? Long.valueOf(parts[1]) : null));
            } catch (IllegalArgumentException e) {
                // not a phase this version knows: left out
            }
        }
        return plan;
    }
}
