package org.samskab.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.TextRules;
import org.samskab.board.BoardViews.SectionState;
import org.springframework.stereotype.Service;

/**
 * A board's sections (an idea board's clusters, a wall's prompts, a canvas's stages, a case clinic's steps): adding,
 * renaming, reordering and removing them, and their guidance.
 */
@Service
public class SectionService {

    /** How long a section's guidance may be. */
    public static final int GUIDANCE_MAX = 1000;

    private final SectionRepository sections;
    private final NoteRepository notes;
    private final ChangePipeline pipeline;
    private final BoardStates states;

    SectionService(SectionRepository sections, NoteRepository notes, ChangePipeline pipeline, BoardStates states) {
        this.sections = sections;
        this.notes = notes;
        this.pipeline = pipeline;
        this.states = states;
    }

    public SectionState addSection(long boardId, String title) {
        return pipeline.onBoard(boardId, ChangeAction.SECTION_ADDED, change -> {
            Board board = change.board();
            change.require(board.rules().arrangeSections(change.actor()));
            String cleanTitle = TextRules.requiredText(title, TextRules.TITLE_MAX, board.getKind().sectionFieldKey());
            List<BoardSection> existing = sections.findActive(boardId);
            double position = existing.isEmpty() ? 1 : existing.getLast().getPosition() + 1;
            BoardSection section = sections
                    .saveAndFlush(new BoardSection(boardId, cleanTitle, position, change.now()));
            SectionState state = BoardStates.section(section);
            change.log(null, section.getId(), null, state).announceSections(states.sections(boardId));
            return state;
        });
    }

    public SectionState renameSection(long sectionId, String title) {
        return pipeline.onSection(sectionId, ChangeAction.SECTION_RENAMED, (change, section) -> {
            Board board = change.board();
            change.require(board.rules().renameSection(change.actor(), section.getStageKey() != null));
            String cleanTitle = TextRules.requiredText(title, TextRules.TITLE_MAX, board.getKind().sectionFieldKey());
            SectionState before = BoardStates.section(section);
            section.setTitle(cleanTitle);
            sections.saveAndFlush(section);
            SectionState after = BoardStates.section(section);
            change.log(null, sectionId, before, after).announceSections(states.sections(board.getId()));
            return after;
        });
    }

    /**
     * Removes a section; its notes move to the end of the first remaining section, so no note is lost. A board
     * keeps at least one section. Facilitators only, since it moves everyone's notes.
     */
    public void removeSection(long sectionId) {
        pipeline.onSection(sectionId, ChangeAction.SECTION_REMOVED, (change, section) -> {
            Board board = change.board();
            change.require(board.rules().removeSection(change.actor()));
            List<BoardSection> remaining = new ArrayList<>(sections.findActive(board.getId()));
            remaining.removeIf(s -> s.getId().equals(sectionId));
            if (remaining.isEmpty()) {
                throw new InvalidInputException("board.last-section");
            }
            BoardSection receiver = remaining.getFirst();
            List<Note> receiving = notes.findActiveInSection(receiver.getId());
            double next = receiving.isEmpty() ? 1 : receiving.getLast().getPosition() + 1;
            List<Note> moved = notes.findActiveInSection(sectionId);
            for (Note note : moved) {
                note.place(receiver.getId(), next++, change.now());
            }
            section.remove(change.now());
            sections.flush();
            notes.flush();
            change.log(null, sectionId, BoardStates.section(section), Map.of("notesMovedTo", receiver.getId()))
                    .announceNotes(states.shared(board, moved, change.revision()))
                    .announceSections(states.sections(board.getId()));
            return section;
        });
    }

    /**
     * Moves a section one place left (-1) or right (+1). Who may: as for adding (on a reflection wall, only
     * facilitators change the prompts); built-in stages keep their order.
     */
    public List<SectionState> moveSection(long sectionId, int steps) {
        return pipeline.onSection(sectionId, ChangeAction.SECTION_MOVED, (change, section) -> {
            Board board = change.board();
            change.require(board.rules().arrangeSections(change.actor()));
            List<BoardSection> ordered = new ArrayList<>(sections.findActive(board.getId()));
            int from = ordered.indexOf(section);
            int to = Math.max(0, Math.min(from + steps, ordered.size() - 1));
            if (to == from) {
                return change.unchanged(states.sections(board.getId()));
            }
            SectionState before = BoardStates.section(section);
            ordered.remove(from);
            ordered.add(to, section);
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).setPosition(i + 1);
            }
            sections.flush();
            List<SectionState> after = states.sections(board.getId());
            change.log(null, sectionId, before, BoardStates.section(section)).announceSections(after);
            return after;
        });
    }

    /**
     * Changes a section's guidance (a stage's guiding questions, a step's instruction) and a step's length.
     * Blank guidance on a built-in stage or step means its default again, in each reader's language.
     * Facilitators only: the guidance frames everyone's work.
     */
    public SectionState updateGuidance(long sectionId, @Nullable String guidance, @Nullable Integer durationMinutes) {
        return pipeline.onSection(sectionId, ChangeAction.SECTION_GUIDANCE, (change, section) -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            String clean = TextRules.optionalMultilineText(guidance, GUIDANCE_MAX, "field.guidance");
            int max = FacilitationService.MAX_TIMER_MINUTES;
            if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > max)) {
                throw new InvalidInputException("board.minutes-range", 1, max);
            }
            SectionState before = BoardStates.section(section);
            section.setGuidance(clean);
            section.setDurationSeconds(durationMinutes == null ? null : durationMinutes * 60);
            sections.saveAndFlush(section);
            SectionState after = BoardStates.section(section);
            change.log(null, sectionId, before, after).announceSections(states.sections(board.getId()));
            return after;
        });
    }
}
