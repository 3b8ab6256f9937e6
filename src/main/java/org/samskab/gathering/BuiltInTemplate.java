package org.samskab.gathering;

import static org.samskab.board.BoardKind.CASE_CLINIC;
import static org.samskab.board.BoardKind.IDEA_BOARD;
import static org.samskab.board.BoardKind.REFLECTION_WALL;
import static org.samskab.board.BoardKind.THEORY_U_CANVAS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardBlueprint;
import org.samskab.board.BoardBlueprint.SectionBlueprint;
import org.samskab.board.BoardKind;

/**
 * The agendas Samskab brings, from the practice it serves (insight and pilot gatherings, learning cafés, case
 * clinics, action learning). Their texts are translation keys ({@code template.<key>.name}, {@code .description},
 * {@code .board<n>.title}, {@code .board<n>.instructions}, {@code .board<n>.section<m>}), resolved in the applying
 * member's language when the boards are made, so each board then reads as if its facilitator had written it.
 */
public enum BuiltInTemplate {

    INSIGHT_GATHERING(
            plan(IDEA_BOARD, 2, null),
            plan(REFLECTION_WALL, 0, null),
            plan(THEORY_U_CANVAS, 0, "u-co-initiating")),
    PILOT_GATHERING(
            plan(REFLECTION_WALL, 0, null),
            plan(CASE_CLINIC, 0, "cc-intention"),
            plan(IDEA_BOARD, 2, null),
            plan(THEORY_U_CANVAS, 0, "u-co-creating")),
    LEARNING_CAFE(
            plan(IDEA_BOARD, 1, null),
            plan(CASE_CLINIC, 0, "cc-intention"),
            plan(REFLECTION_WALL, 0, null)),
    CASE_CLINIC_SESSION(
            plan(CASE_CLINIC, 0, "cc-intention"),
            plan(REFLECTION_WALL, 0, null)),
    ACTION_LEARNING_FOLLOW_UP(
            plan(REFLECTION_WALL, 0, null),
            plan(IDEA_BOARD, 3, null),
            plan(THEORY_U_CANVAS, 0, "u-co-evolving"));

    /**
     * One board of a built-in agenda: its kind, how many sections of its own it names (none: the kind's default
     * sections, or its built-in stages and steps), and the stage or step the group starts on.
     */
    private record Plan(BoardKind kind, int ownSections, @Nullable String focusStageKey) {
    }

    private final List<Plan> plans;

    BuiltInTemplate(Plan... plans) {
        this.plans = List.of(plans);
    }

    private static Plan plan(BoardKind kind, int ownSections, @Nullable String focusStageKey) {
        return new Plan(kind, ownSections, focusStageKey);
    }

    /** The key all of this template's texts start with, e.g. {@code template.insight-gathering}. */
    String keyPrefix() {
        return "template." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String nameKey() {
        return keyPrefix() + ".name";
    }

    public String descriptionKey() {
        return keyPrefix() + ".description";
    }

    /** The boards, with their texts translated by {@code translate} (a key to the member's text). */
    List<BoardBlueprint> blueprints(Function<String, String> translate) {
        List<BoardBlueprint> boards = new ArrayList<>();
        for (int b = 0; b < plans.size(); b++) {
            Plan plan = plans.get(b);
            String board = keyPrefix() + ".board" + (b + 1);
            List<SectionBlueprint> sections = new ArrayList<>();
            for (int s = 1; s <= plan.ownSections(); s++) {
                sections.add(SectionBlueprint.titled(translate.apply(board + ".section" + s)));
            }
            // Built-in stages and steps keep their built-in texts and timings; the plan says where the group starts.
            sections.addAll(BoardBlueprint.builtInSections(plan.kind()));
            Integer focus = null;
            for (int s = 0; s < sections.size(); s++) {
                String stageKey = sections.get(s).stageKey();
                if (stageKey != null && stageKey.equals(plan.focusStageKey())) {
                    focus = s;
                }
            }
            boards.add(new BoardBlueprint(plan.kind(), translate.apply(board + ".title"),
                    translate.apply(board + ".instructions"), false, false, sections, focus));
        }
        return boards;
    }
}
