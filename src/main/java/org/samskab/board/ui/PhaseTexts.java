package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.Phase;
import org.samskab.board.PlannedPhase;

/** What a phase is called and what it asks, in the reader's language (the pacing bar and the room's screen). */
final class PhaseTexts {

    private PhaseTexts() {
    }

    /** A phase's name; a stage's is its section's title. */
    static String name(Component screen, PlannedPhase planned, List<SectionState> sections) {
        Long sectionId = planned.sectionId();
        if (planned.phase() == Phase.STAGE && sectionId != null) {
            return sections.stream().filter(s -> s.id() == sectionId).findFirst()
                    .map(s -> SectionTexts.title(screen, s))
                    .orElse(screen.getTranslation(Phase.STAGE.translationKey()));
        }
        return screen.getTranslation(planned.phase().translationKey());
    }

    /** "Phase 2 of 4: Group." for the running phase, or null while none runs. */
    static @Nullable String now(Component screen, BoardState board, List<SectionState> sections) {
        Integer running = board.phaseIndex();
        List<PlannedPhase> phases = board.phases();
        if (running == null || running >= phases.size()) {
            return null;
        }
        return screen.getTranslation("phase.now", running + 1, phases.size(),
                name(screen, phases.get(running), sections));
    }

    /** What participants are asked to do in the running phase, or null. */
    static @Nullable String instruction(Component screen, BoardState board) {
        Phase phase = board.phase();
        return phase == null ? null : screen.getTranslation(phase.instructionKey());
    }
}
