package org.samskab.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.FacilitationService;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.board.SectionService;
import org.samskab.gathering.TemplateViews.TemplateBoard;
import org.samskab.gathering.TemplateViews.TemplateSummary;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Agenda templates on MariaDB: what applying creates, what saving keeps (and never keeps), who may, and rules. */
@IntegrationTest
class TemplateServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    TemplateService templates;
    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    SectionService sectionService;
    @Autowired
    FacilitationService facilitationService;
    @Autowired
    NoteService noteService;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;

    private long gathering(TestNetwork network) {
        return fixtures.gathering(network, "Insight gathering", Instant.now().plus(Duration.ofDays(5)),
                Duration.ofHours(5));
    }

    private BoardSnapshot open(String who, long boardId) {
        return fixtures.as(who, () -> boardReader.open(boardId));
    }

    private List<BoardSummary> agenda(String who, long gathering) {
        return fixtures.as(who, () -> gatherings.agenda(gathering));
    }

    private static String blueprintJson(String title) {
        // Only some fields, as a blueprint saved by an older version would be: the rest take their defaults.
        return "{\"kind\":\"IDEA_BOARD\",\"title\":\"" + title + "\",\"sections\":[]}";
    }

    private long templateCount() {
        return jdbc.queryForObject("select count(*) from agenda_template", Long.class);
    }

    @Test
    void theInsightGatheringTemplateCreatesAnIdeaBoardAWallAndACanvasOnCoInitiating() {
        TestNetwork network = fixtures.network();
        long gathering = gathering(network);
        String coordinator = network.coordinator();

        List<BoardSummary> added = fixtures.as(coordinator,
                () -> templates.apply(gathering, BuiltInTemplate.INSIGHT_GATHERING));

        List<BoardSummary> agenda = agenda(network.coordinator(), gathering);
        assertThat(agenda).extracting(BoardSummary::id).containsExactlyElementsOf(
                added.stream().map(BoardSummary::id).toList());
        assertThat(agenda).extracting(BoardSummary::kind).containsExactly(BoardKind.IDEA_BOARD,
                BoardKind.REFLECTION_WALL, BoardKind.THEORY_U_CANVAS);
        assertThat(agenda).extracting(BoardSummary::title).containsExactly("What should our network give us?",
                "Reflections on the day", "Our network on the U");
        assertThat(agenda.getFirst().instructions()).startsWith("Write one idea per note.");
        assertThat(open(coordinator, agenda.get(0).id()).sections()).extracting(SectionState::title)
                .containsExactly("What it should contain", "How we organise it");
        assertThat(open(coordinator, agenda.get(1).id()).sections()).extracting(SectionState::title)
                .containsExactly("What happened?", "So what?", "Now what?");
        BoardSnapshot canvas = open(coordinator, agenda.get(2).id());
        assertThat(canvas.sections()).extracting(SectionState::stageKey).containsExactly("u-co-initiating",
                "u-co-sensing", "u-presencing", "u-co-creating", "u-co-evolving");
        // The built-in stages keep their built-in texts, read in each member's language.
        assertThat(canvas.sections()).extracting(SectionState::title).containsOnlyNulls();
        assertThat(canvas.board().focusSectionId()).isEqualTo(canvas.sections().getFirst().id());
        // Made by the engine's own path: created and focused, in its history.
        assertThat(fixtures.as(coordinator, () -> boardReader.history(canvas.board().id())))
                .extracting(e -> e.action().name()).containsExactly("BOARD_CREATED", "FOCUS_SET");
    }

    @Test
    void everyBuiltInTemplateCreatesItsBoardsInOrderWithTheirBuiltInStepsAndFocus() {
        TestNetwork network = fixtures.network();
        String coordinator = network.coordinator();
        for (BuiltInTemplate template : BuiltInTemplate.values()) {
            long gathering = gathering(network);
            TemplateSummary listed = fixtures.as(coordinator, () -> templates.templates(network.id())).stream()
                    .filter(t -> t.builtIn() == template).findFirst().orElseThrow();
            fixtures.as(coordinator, () -> templates.apply(gathering, template));
            List<BoardSummary> agenda = agenda(network.coordinator(), gathering);
            assertThat(agenda).as(template.name()).extracting(b -> new TemplateBoard(b.kind(), b.title()))
                    .containsExactlyElementsOf(listed.boards());
            for (BoardSummary board : agenda) {
                assertThat(board.title()).doesNotContain("!").doesNotStartWith("template.");
                assertThat(board.instructions()).isNotBlank().doesNotStartWith("template.");
                BoardSnapshot snapshot = open(coordinator, board.id());
                switch (board.kind()) {
                    case THEORY_U_CANVAS -> assertThat(snapshot.board().focusSectionId()).isNotNull();
                    case CASE_CLINIC -> {
                        assertThat(snapshot.sections()).extracting(SectionState::durationSeconds)
                                .containsExactly(300, 300, 180, 600, 1200, 300);
                        assertThat(snapshot.board().focusSectionId())
                                .isEqualTo(snapshot.sections().getFirst().id());
                    }
                    default -> assertThat(snapshot.sections()).isNotEmpty();
                }
            }
        }
        long gathering = gathering(network);
        fixtures.as(coordinator, () -> templates.apply(gathering, BuiltInTemplate.ACTION_LEARNING_FOLLOW_UP));
        BoardSnapshot canvas = open(coordinator, agenda(network.coordinator(), gathering).get(2).id());
        assertThat(canvas.sections().stream().filter(s -> s.id() == canvas.board().focusSectionId())
                .findFirst().orElseThrow().stageKey()).isEqualTo("u-co-evolving");
    }

    @Test
    void applyingAppendsToTheAgendaAndKeepsWhatWasThere() {
        TestNetwork network = fixtures.network();
        long gathering = gathering(network);
        String coordinator = network.coordinator();
        fixtures.as(coordinator, () -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Warm-up", null, false,
                List.of("Hopes")));

        fixtures.as(coordinator, () -> templates.apply(gathering, BuiltInTemplate.CASE_CLINIC_SESSION));

        assertThat(agenda(network.coordinator(), gathering)).extracting(BoardSummary::title)
                .containsExactly("Warm-up", "Case clinic", "After the case clinic");
        assertThat(agenda(coordinator, gathering)).extracting(BoardSummary::position)
                .containsExactly(0, 1, 2);
    }

    @Test
    void applyingIsAllOrNothing() {
        TestNetwork network = fixtures.network();
        long gathering = gathering(network);
        String coordinator = network.coordinator();
        // A stored template whose second board cannot be made (a title with markup): the first must not stay.
        // (In a transaction: pooled connections are not in auto-commit.)
        transactions.executeWithoutResult(tx -> jdbc.update(
                "insert into agenda_template (network_id, name, boards, created_by, created_at) "
                        + "select ?, 'Broken', ?, id, current_timestamp(6) from member where email = ?",
                network.id(),
                "[" + blueprintJson("Fine") + "," + blueprintJson("<b>Not fine</b>") + "]",
                coordinator));
        long broken = jdbc.queryForObject("select max(id) from agenda_template where network_id = ?", Long.class,
                network.id());

        refused(() -> fixtures.as(coordinator, () -> templates.apply(gathering, broken)), "validation.no-markup");

        assertThat(agenda(network.coordinator(), gathering)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from board where gathering_id = ?", Long.class, gathering))
                .isZero();
    }

    @Test
    void aSavedBoardComesBackWithItsSettingsAndGuidanceButNeverItsNotes() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Ola Haugen", null);
        long first = gathering(network);
        BoardSummary wall = fixtures.as(facilitator, () -> gatherings.addBoard(first, BoardKind.REFLECTION_WALL,
                "How safe did it feel?", "Write freely.", false, true, List.of("What felt safe?", "What did not?")));
        BoardSummary canvas = fixtures.as(facilitator, () -> gatherings.addBoard(first, BoardKind.THEORY_U_CANVAS,
                "Our U", null, false, List.of()));
        BoardSummary ideas = fixtures.as(facilitator, () -> gatherings.addBoard(first, BoardKind.IDEA_BOARD,
                "Ideas", "One per note", true, List.of("Now", "Later")));
        BoardSnapshot before = open(facilitator, canvas.id());
        long sensing = before.sections().get(1).id();
        fixtures.as(facilitator, () -> {
            sectionService.updateGuidance(sensing, "Who did you meet this month?", 15);
            sectionService.renameSection(sensing, "Listening out there");
            facilitationService.setFocus(canvas.id(), sensing);
        });
        fixtures.as(participant, () -> {
            noteService.addNote(wall.id(), open(participant, wall.id()).sections().getFirst().id(), "A secret worry",
                    NoteColour.YELLOW, true);
            noteService.addNote(ideas.id(), open(participant, ideas.id()).sections().getFirst().id(), "Mentoring",
                    NoteColour.YELLOW, false);
        });

        TemplateSummary savedWall = fixtures.as(facilitator,
                () -> templates.saveBoard(wall.id(), "  Safety check  ", "After a hard day"));
        TemplateSummary savedAgenda = fixtures.as(facilitator,
                () -> templates.saveAgenda(first, "Our first day", null));
        assertThat(savedWall.name()).isEqualTo("Safety check");
        assertThat(savedAgenda.boards()).extracting(TemplateBoard::title).containsExactly("How safe did it feel?",
                "Our U", "Ideas");
        assertThat(jdbc.queryForObject("select boards from agenda_template where id = ?", String.class,
                savedWall.id())).doesNotContain("secret");

        long second = gathering(network);
        fixtures.as(facilitator, () -> templates.apply(second, savedAgenda.id()));
        fixtures.as(facilitator, () -> templates.apply(second, savedWall.id()));

        List<BoardSummary> agenda = agenda(network.coordinator(), second);
        assertThat(agenda).extracting(BoardSummary::title).containsExactly("How safe did it feel?", "Our U",
                "Ideas", "How safe did it feel?");
        BoardSummary newWall = agenda.getFirst();
        assertThat(newWall.kind()).isEqualTo(BoardKind.REFLECTION_WALL);
        assertThat(newWall.instructions()).isEqualTo("Write freely.");
        assertThat(newWall.postsAnonymous()).isTrue();
        assertThat(agenda.get(2).allowAnonymous()).isTrue();
        assertThat(agenda.get(2).instructions()).isEqualTo("One per note");
        BoardSnapshot wallCopy = open(facilitator, newWall.id());
        assertThat(wallCopy.sections()).extracting(SectionState::title).containsExactly("What felt safe?",
                "What did not?");
        assertThat(wallCopy.notes()).isEmpty();
        assertThat(open(facilitator, agenda.get(2).id()).sections()).extracting(SectionState::title)
                .containsExactly("Now", "Later");
        assertThat(open(facilitator, agenda.get(2).id()).notes()).isEmpty();
        BoardSnapshot canvasCopy = open(facilitator, agenda.get(1).id());
        SectionState copiedSensing = canvasCopy.sections().get(1);
        assertThat(copiedSensing.stageKey()).isEqualTo("u-co-sensing");
        assertThat(copiedSensing.title()).isEqualTo("Listening out there");
        assertThat(copiedSensing.guidance()).isEqualTo("Who did you meet this month?");
        assertThat(copiedSensing.durationSeconds()).isEqualTo(15 * 60);
        assertThat(canvasCopy.sections().get(0).guidance()).isNull();
        assertThat(canvasCopy.board().focusSectionId()).isEqualTo(copiedSensing.id());
    }

    @Test
    void namesAreCheckedAndARefusalStoresNothing() {
        TestNetwork network = fixtures.network();
        long gathering = gathering(network);
        String coordinator = network.coordinator();
        fixtures.as(coordinator, () -> templates.apply(gathering, BuiltInTemplate.LEARNING_CAFE));
        long before = templateCount();

        refused(() -> fixtures.as(coordinator, () -> templates.saveAgenda(gathering, "   ", null)),
                "validation.required");
        refused(() -> fixtures.as(coordinator, () -> templates.saveAgenda(gathering, "x".repeat(121), null)),
                "validation.too-long");
        refused(() -> fixtures.as(coordinator, () -> templates.saveAgenda(gathering, "<i>Café</i>", null)),
                "validation.no-markup");
        long café = agenda(coordinator, gathering).getFirst().id();
        refused(() -> fixtures.as(coordinator, () -> templates.saveBoard(café, "Café", "<script>x</script>")),
                "validation.no-markup");
        long empty = gathering(network);
        refused(() -> fixtures.as(coordinator, () -> templates.saveAgenda(empty, "Nothing", null)),
                "template.empty-agenda");

        assertThat(templateCount()).isEqualTo(before);
        assertThat(fixtures.as(coordinator, () -> templates.saveAgenda(gathering, "x".repeat(120), null)).name())
                .hasSize(120);
    }

    @Test
    void participantsMayNotListApplySaveOrDeleteTemplates() {
        TestNetwork network = fixtures.network();
        long gathering = gathering(network);
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Kari Nordmann", null);
        String coordinator = network.coordinator();
        fixtures.as(coordinator, () -> templates.apply(gathering, BuiltInTemplate.CASE_CLINIC_SESSION));
        long boardId = agenda(network.coordinator(), gathering).getFirst().id();
        TemplateSummary saved = fixtures.as(coordinator, () -> templates.saveBoard(boardId, "Clinic", null));
        long before = templateCount();

        assertThatThrownBy(() -> fixtures.as(participant, () -> templates.templates(network.id())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(participant,
                () -> templates.apply(gathering, BuiltInTemplate.INSIGHT_GATHERING)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(participant, () -> templates.apply(gathering, saved.id())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(participant, () -> templates.saveBoard(boardId, "Mine", null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(participant, () -> templates.saveAgenda(gathering, "Mine", null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(participant, () -> boards.blueprint(boardId)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(participant, () -> templates.delete(saved.id())))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(agenda(network.coordinator(), gathering)).hasSize(2);
        assertThat(templateCount()).isEqualTo(before);
    }

    @Test
    void anotherNetworksTemplatesBoardsAndGatheringsAreNotFound() {
        TestNetwork ours = fixtures.network();
        TestNetwork theirs = fixtures.network();
        long ourGathering = gathering(ours);
        long theirGathering = gathering(theirs);
        fixtures.as(theirs.coordinator(), () -> templates.apply(theirGathering, BuiltInTemplate.PILOT_GATHERING));
        long theirBoard = agenda(theirs.coordinator(), theirGathering).getFirst().id();
        TemplateSummary theirTemplate = fixtures.as(theirs.coordinator(),
                () -> templates.saveAgenda(theirGathering, "Their pilot", null));
        String us = ours.coordinator();

        assertThatThrownBy(() -> fixtures.as(us, () -> templates.apply(ourGathering, theirTemplate.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(us, () -> templates.saveBoard(theirBoard, "Stolen", null)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(us, () -> templates.delete(theirTemplate.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(us, () -> templates.apply(theirGathering, BuiltInTemplate.LEARNING_CAFE)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(us, () -> boards.blueprint(theirBoard)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(fixtures.as(us, () -> templates.templates(ours.id()))).extracting(TemplateSummary::name)
                .doesNotContain("Their pilot");
        assertThat(agenda(us, ourGathering)).isEmpty();
    }

    @Test
    void savedTemplatesAreListedAfterTheBuiltInOnesAndCanBeDeleted() {
        TestNetwork network = fixtures.network();
        long gathering = gathering(network);
        String coordinator = network.coordinator();
        fixtures.as(coordinator, () -> templates.apply(gathering, BuiltInTemplate.CASE_CLINIC_SESSION));
        TemplateSummary saved = fixtures.as(coordinator, () -> templates.saveAgenda(gathering, "Our clinic", null));

        List<TemplateSummary> listed = fixtures.as(coordinator, () -> templates.templates(network.id()));
        assertThat(listed).extracting(TemplateSummary::name).containsExactly("Insight gathering",
                "Pilot gathering", "Learning café", "Case clinic", "Action-learning follow-up", "Our clinic");

        fixtures.as(coordinator, () -> templates.delete(saved.id()));
        assertThat(fixtures.as(coordinator, () -> templates.templates(network.id())))
                .extracting(TemplateSummary::name).doesNotContain("Our clinic");
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> templates.apply(gathering, saved.id())))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void builtInTemplatesSpeakTheApplyingMembersLanguage() {
        TestNetwork network = fixtures.network();
        String danish = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String norwegian = fixtures.member(network, NetworkRole.FACILITATOR, "Ola Haugen", null);
        members.updateProfile(members.findByEmail(danish).orElseThrow().id(), "Mette Sørensen", Language.DANISH);
        members.updateProfile(members.findByEmail(norwegian).orElseThrow().id(), "Ola Haugen",
                Language.NORWEGIAN_BOKMAL);
        long forDanes = gathering(network);
        long forNorwegians = gathering(network);

        fixtures.as(danish, () -> templates.apply(forDanes, BuiltInTemplate.INSIGHT_GATHERING));
        fixtures.as(norwegian, () -> templates.apply(forNorwegians, BuiltInTemplate.INSIGHT_GATHERING));

        List<BoardSummary> danishAgenda = agenda(network.coordinator(), forDanes);
        assertThat(danishAgenda).extracting(BoardSummary::title).containsExactly(
                "Hvad skal vores netværk give os?", "Refleksioner over dagen", "Vores netværk på U’et");
        assertThat(open(danish, danishAgenda.get(0).id()).sections()).extracting(SectionState::title)
                .containsExactly("Hvad det skal indeholde", "Hvordan vi organiserer det");
        assertThat(open(danish, danishAgenda.get(1).id()).sections()).extracting(SectionState::title)
                .containsExactly("Hvad skete der?", "Hvad betyder det?", "Hvad nu?");
        List<BoardSummary> norwegianAgenda = agenda(network.coordinator(), forNorwegians);
        assertThat(norwegianAgenda).extracting(BoardSummary::title).containsExactly(
                "Hva skal nettverket vårt gi oss?", "Refleksjoner over dagen", "Nettverket vårt på U-en");
        assertThat(norwegianAgenda.getFirst().instructions()).startsWith("Skriv én idé per lapp.");
        assertThat(fixtures.as(norwegian, () -> templates.templates(network.id()))).extracting(TemplateSummary::name)
                .startsWith("Innsiktssamling", "Pilotsamling", "Læringskafé", "Caseklinikk",
                        "Oppfølging av aksjonslæring");
    }
}
