package org.samskab.board;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engine's own description of a board's configuration, to make another board like it (an agenda template):
 * its kind, title, instructions, anonymity, sections with their guidance and timing, and the section the group
 * starts on. Never the notes: a template does not carry anyone's posts, so no anonymous post can travel with it.
 * <p>
 * A section with a {@code stageKey} is one of the kind's built-in stages or steps; its null title and guidance
 * mean the built-in text, read in each member's language. {@code focusIndex} is the index in {@code sections} of
 * the section the group is on when the board starts (a canvas's current stage), or null.
 */
public record BoardBlueprint(BoardKind kind, String title, @Nullable String instructions, boolean allowAnonymous,
        boolean postsAnonymous, List<SectionBlueprint> sections, @Nullable Integer focusIndex) {

    public BoardBlueprint {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /**
     * A kind's built-in stages or steps as a fresh board has them (built-in texts, default timings), in order;
     * empty for kinds whose members name their sections.
     */
    public static List<SectionBlueprint> builtInSections(BoardKind kind) {
        return KindDefaults.sections(kind).stream()
                .map(s -> new SectionBlueprint(null, s.key(), null, s.durationSeconds())).toList();
    }

    /** One section: its own title, or a built-in stage or step (by key), with guidance and a step's length. */
    public record SectionBlueprint(@Nullable String title, @Nullable String stageKey, @Nullable String guidance,
            @Nullable Integer durationSeconds) {

        public static SectionBlueprint titled(String title) {
            return new SectionBlueprint(title, null, null, null);
        }
    }
}
