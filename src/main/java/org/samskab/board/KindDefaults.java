package org.samskab.board;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a new board of each kind starts with. Kinds with built-in sections (Theory U stages, case clinic steps) get
 * them in this order; their titles and guidance are translation keys ({@code section.<key>.title},
 * {@code section.<key>.guidance}), so every member reads them in their own language until a facilitator edits them.
 */
final class KindDefaults {

    /** One built-in section: its key and, for a timed step, how long it runs. */
    record BuiltInSection(String key, @Nullable Integer durationSeconds) {
    }

    private static final List<BuiltInSection> THEORY_U = List.of(
            new BuiltInSection("u-co-initiating", null),
            new BuiltInSection("u-co-sensing", null),
            new BuiltInSection("u-presencing", null),
            new BuiltInSection("u-co-creating", null),
            new BuiltInSection("u-co-evolving", null));

    /** The Presencing Institute's case clinic, with the timings of its short form. */
    private static final List<BuiltInSection> CASE_CLINIC = List.of(
            new BuiltInSection("cc-intention", 5 * 60),
            new BuiltInSection("cc-questions", 5 * 60),
            new BuiltInSection("cc-stillness", 3 * 60),
            new BuiltInSection("cc-mirroring", 10 * 60),
            new BuiltInSection("cc-dialogue", 20 * 60),
            new BuiltInSection("cc-closing", 5 * 60));

    /** A case clinic group: one case giver and three or four coaches. */
    static final int GROUP_MIN = 4;
    static final int GROUP_MAX = 5;

    private KindDefaults() {
    }

    /** The kind's built-in sections, in order; empty when members name the sections themselves. */
    static List<BuiltInSection> sections(BoardKind kind) {
        return switch (kind) {
            case THEORY_U_CANVAS -> THEORY_U;
            case CASE_CLINIC -> CASE_CLINIC;
            default -> List.of();
        };
    }

    /**
     * The translation keys of the sections a new board of a kind without built-in ones starts with, when its
     * creator names none: a wall's three reflective prompts, one section elsewhere.
     */
    static List<String> defaultSectionTitleKeys(BoardKind kind) {
        return kind == BoardKind.REFLECTION_WALL
                ? List.of("wall.prompt.what", "wall.prompt.so-what", "wall.prompt.now-what")
                : List.of("board.default-section");
    }

    /**
     * The phases a board of a kind runs unless its facilitators plan others: an idea board's write, group, vote,
     * discuss (Parabol's retrospective); a wall's private writing, reveal, react; a canvas or case clinic stage by
     * stage ({@code stageIds}: its built-in sections in order).
     */
    static List<PlannedPhase> phases(BoardKind kind, List<Long> stageIds) {
        if (kind.hasBuiltInSections()) {
            return stageIds.stream().map(id -> new PlannedPhase(Phase.STAGE, id)).toList();
        }
        List<Phase> phases = kind.writesPrivately() ? List.of(Phase.PRIVATE_WRITING, Phase.REVEAL, Phase.REACT)
                : List.of(Phase.WRITE, Phase.GROUP, Phase.VOTE, Phase.DISCUSS);
        return phases.stream().map(PlannedPhase::of).toList();
    }

    /** The case clinic step whose notes are the coaches' mirrors. */
    static final String MIRRORING = "cc-mirroring";

}
