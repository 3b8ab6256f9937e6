package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samskab.Refusals.refused;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.TextRules.TranslatedArgument;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refused text names the thing the member was editing: a wall's prompt is a prompt, a canvas's stage a stage,
 * a case clinic's step a step, an idea board's section a cluster.
 */
@IntegrationTest
class FieldNamesTest {

    private static final String MARKUP = "<b>Bold</b>";

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardService boards;
    @Autowired
    SectionService sectionService;
    @Autowired
    NoteService noteService;
    @Autowired
    BoardReader boardReader;

    @Test
    void everyRefusedBoardTextNamesTheFieldBeingEdited() {
        TestNetwork network = fixtures.network();
        String coordinator = network.coordinator();
        long idea = fixtures.board(network, false, "Ideas");
        long wall = fixtures.as(coordinator, () -> boards.createBoard(network.id(), null, BoardKind.REFLECTION_WALL,
                "Reflections", null, false, true, List.of()).id());
        long canvas = fixtures.as(coordinator, () -> boards.createBoard(network.id(), null,
                BoardKind.THEORY_U_CANVAS, "The U", null, false, List.of()).id());
        long clinic = fixtures.as(coordinator, () -> boards.createBoard(network.id(), null, BoardKind.CASE_CLINIC,
                "Clinic", null, false, List.of()).id());
        long prompt = firstSection(coordinator, wall);
        long stage = firstSection(coordinator, canvas);
        long step = firstSection(coordinator, clinic);
        long cluster = firstSection(coordinator, idea);

        fixtures.as(coordinator, () -> {
            assertNames(() -> sectionService.addSection(wall, MARKUP), "field.prompt");
            assertNames(() -> sectionService.renameSection(prompt, MARKUP), "field.prompt");
            assertNames(() -> boards.createBoard(network.id(), null, BoardKind.REFLECTION_WALL, "Wall", null, false,
                    true, List.of(MARKUP)), "field.prompt");
            assertNames(() -> sectionService.renameSection(stage, MARKUP), "field.stage-name");
            assertNames(() -> sectionService.renameSection(step, MARKUP), "field.step-name");
            assertNames(() -> sectionService.addSection(idea, MARKUP), "field.section");
            assertNames(() -> sectionService.renameSection(cluster, MARKUP), "field.section");
            assertNames(() -> boards.updateBoard(idea, MARKUP, null, false), "field.title");
            assertNames(() -> boards.updateBoard(idea, "Ideas", MARKUP, false), "field.instructions");
            assertNames(() -> sectionService.updateGuidance(stage, MARKUP, null), "field.guidance");
            assertNames(() -> noteService.addNote(idea, cluster, MARKUP, null, false), "field.note");
        });
    }

    private long firstSection(String email, long boardId) {
        return fixtures.as(email, () -> boardReader.open(boardId)).sections().getFirst().id();
    }

    private static void assertNames(ThrowingCallable call, String fieldKey) {
        assertThat(refused(call, "validation.no-markup").messageArguments())
                .containsExactly(new TranslatedArgument(fieldKey));
    }
}
