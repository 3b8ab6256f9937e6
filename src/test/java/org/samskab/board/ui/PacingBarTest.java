package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.board.BoardReader;
import org.samskab.board.FacilitationService;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.board.Phase;
import org.samskab.board.PhaseService;
import org.samskab.board.PlannedPhase;
import org.samskab.board.VoteState;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** The pacing bar: facilitators step the room through the phases and lock it; every screen follows. */
class PacingBarTest extends BoardUiTest {

    @Autowired
    PhaseService phases;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    NoteService noteService;
    @Autowired
    BoardReader boardReader;

    private static String status() {
        // Hidden while nothing paces the room.
        return _find(PacingBar.class).stream().filter(Shown::is).flatMap(bar -> bar.getChildren())
                .filter(c -> c.hasClassName("pacing-status")).findFirst()
                .map(c -> c.getElement().getTextRecursively()).orElse("");
    }

    private static Button control(String className) {
        return _get(Button.class, spec -> spec.withClasses(className));
    }

    private static boolean hasControl(String className) {
        return _find(Button.class, spec -> spec.withClasses(className)).stream().anyMatch(Shown::is);
    }

    /** Opens the facilitator's folded tools (nothing runs yet). */
    private static void openTools() {
        _click(_get(Button.class, spec -> spec.withClasses("pacing-tools")));
    }

    private static Button labelled(PhasePlanDialog dialog, String label) {
        return _find(dialog.plan, Button.class).stream().filter(b -> b.getAriaLabel().orElse("").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button labelled " + label));
    }

    /** Whether the board's one card may be dragged, as its markup says. */
    private static boolean draggable() {
        NoteCard card = _get(BoardCanvas.class).cards().iterator().next();
        return org.jsoup.Jsoup.parseBodyFragment(card.markup()).selectFirst(".note-card").hasAttr("draggable");
    }

    private static boolean mayAddNotes() {
        return _find(SectionColumn.class).stream().anyMatch(c -> c.openComposer.isVisible());
    }

    @Test
    void aFacilitatorStepsTheRoomThroughTheIdeaBoardsPhases() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        long boardId = fixtures.board(network, false, "Ideas", "Later");
        signInAndOpenUi(frida);
        UI.getCurrent().navigate("boards/" + boardId);

        PacingBar bar = _get(PacingBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(_find(bar, Button.class)).extracting(Button::getText)
                .containsExactly("Run this board: phases, timer, lock");
        openTools();
        assertThat(_find(bar, Button.class).stream().map(Button::getText).toList())
                .containsSubsequence("Write", "Group", "Vote", "Discuss");
        assertThat(status()).contains("No phase is running");
        assertThat(control("start-phases").getText()).isEqualTo("Start with Write");

        _click(control("start-phases"));
        assertThat(status()).contains("Phase 1 of 4: Write.", "Add your ideas");
        assertThat(control("next-phase").getText()).isEqualTo("Next: Group");
        assertThat(hasControl("previous-phase")).isFalse();

        Button write = control("phase-jump-0");
        _click(control("next-phase"));
        _click(control("next-phase"));
        assertThat(status()).contains("Phase 3 of 4: Vote.");
        // The steps are marked again, not built again: every open screen does this on each change of phase.
        assertThat(control("phase-jump-0")).isSameAs(write);
        assertThat(write.getElement().getAttribute("aria-current")).isNull();
        assertThat(fixtures.as(frida, () -> boardReader.open(boardId)).board().voteState())
                .isEqualTo(VoteState.OPEN);
        // The facilitator still writes in the vote phase.
        assertThat(mayAddNotes()).isTrue();
        List<Button> current = _find(bar, Button.class).stream()
                .filter(b -> "step".equals(b.getElement().getAttribute("aria-current"))).toList();
        assertThat(current).extracting(Button::getText).containsExactly("Vote");

        _click(control("previous-phase"));
        assertThat(status()).contains("Phase 2 of 4: Group.");
        _click(control("end-phases"));
        assertThat(status()).contains("No phase is running");
        assertThat(fixtures.as(frida, () -> boardReader.open(boardId)).board().phase()).isNull();
    }

    @Test
    void aParticipantsScreenFollowsThePhaseAndTheLockWithoutControls() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long boardId = fixtures.board(network, false, "Ideas");
        signInAndOpenUi(pia);
        UI.getCurrent().navigate("boards/" + boardId);

        long sectionId = fixtures.as(frida, () -> boardReader.open(boardId)).sections().getFirst().id();
        fixtures.as(frida, () -> noteService.addNote(boardId, sectionId, "Frida's idea", null, false));
        awaitLive(() -> !_get(BoardCanvas.class).cards().isEmpty());

        // Nothing paces the room yet: no bar for a participant.
        assertThat(_find(PacingBar.class)).noneMatch(Shown::is);
        assertThat(mayAddNotes()).isTrue();
        assertThat(draggable()).as("others' notes are moved in grouping work").isTrue();

        fixtures.as(frida, () -> phases.startPhase(boardId, 2));
        awaitLive(() -> status().contains("Vote"));
        assertThat(status()).contains("Phase 3 of 4: Vote.", "Place your dots");
        assertThat(mayAddNotes()).as("no \"add a note\" in the vote phase").isFalse();
        assertThat(draggable()).as("nothing moves in the vote phase").isFalse();
        assertThat(hasControl("next-phase") || hasControl("lock-board") || hasControl("end-phases")).isFalse();

        fixtures.as(frida, () -> phases.startPhase(boardId, 0));
        awaitLive(() -> status().contains("Write"));
        assertThat(mayAddNotes()).isTrue();
        assertThat(draggable()).isTrue();
        // Write, then group: the cards' rights stay, and so do the cards.
        fixtures.as(frida, () -> phases.startPhase(boardId, 1));
        awaitLive(() -> status().contains("Group"));
        assertThat(mayAddNotes()).isFalse();
        assertThat(draggable()).isTrue();

        fixtures.as(frida, () -> facilitation.setLocked(boardId, true));
        awaitLive(() -> status().contains("locked"));
        assertThat(status()).contains("A facilitator has locked the board");
        assertThat(mayAddNotes()).isFalse();
        assertThat(draggable()).as("the card is drawn again: nothing moves on a locked board").isFalse();
    }

    @Test
    void aFacilitatorPutsANoteInTheSpotlightForEveryScreen() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long boardId = fixtures.board(network, false, "Ideas");
        long section = fixtures.as(pia, () -> boardReader.open(boardId)).sections().getFirst().id();
        fixtures.as(pia, () -> noteService.addNote(boardId, section, "Meet across the five municipalities",
                NoteColour.YELLOW, false));
        signInAndOpenUi(frida);
        UI.getCurrent().navigate("boards/" + boardId);

        BoardViewTest.chooseAction(BoardViewTest.onlyCard(), "Put in the spotlight");
        assertThat(status()).contains("In the spotlight: Meet across the five municipalities");
        assertThat(_get(BoardCanvas.class).spotlit()).isEqualTo(BoardViewTest.onlyCard().noteId());
        assertThat(BoardViewTest.actionsOf(BoardViewTest.onlyCard())).contains("Take out of the spotlight");
        assertThat(fixtures.as(pia, () -> boardReader.open(boardId)).board().spotlightNoteId()).isNotNull();
    }

    @Test
    void everyBoardHasTheSharedTimerWhichFacilitatorsStartAndStop() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        long boardId = fixtures.board(network, false, "Ideas");
        signInAndOpenUi(frida);
        UI.getCurrent().navigate("boards/" + boardId);

        openTools();
        BoardTimer timer = _get(BoardTimer.class);
        assertThat(Shown.is(timer.clock)).isFalse();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Integer> minutes = _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withClasses("timer-minutes"));
        minutes.setValue(3);
        _click(control("start-timer"));
        assertThat(timer.clock.status()).isEqualTo("running");
        assertThat(Long.parseLong(timer.clock.getElement().getAttribute("data-remaining-ms")))
                .isBetween(175_000L, 180_000L);
        assertThat(hasControl("timer-sound")).isTrue();
        _click(control("extend-timer"));
        assertThat(Long.parseLong(timer.clock.getElement().getAttribute("data-remaining-ms")))
                .isGreaterThan(235_000L);
        _click(control("stop-timer"));
        assertThat(Shown.is(timer.clock)).isFalse();
        assertThat(hasControl("timer-sound")).isFalse();
        assertThat(fixtures.as(frida, () -> boardReader.open(boardId)).board().timerEndsAt()).isNull();
    }

    @Autowired
    org.samskab.gathering.GatheringService gatherings;
    @Autowired
    org.samskab.board.RoomService rooms;

    @Test
    void aFacilitatorBringsEveryoneToANoteOrASectionOfABoardInALiveGathering() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long gatheringId = fixtures.gathering(network, "Pilot gathering", java.time.Instant.now(),
                java.time.Duration.ofHours(3));
        long boardId = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, org.samskab.board.BoardKind.IDEA_BOARD,
                "Ideas", "", false, List.of("Ideas", "Questions")).id());
        long section = fixtures.as(pia, () -> boardReader.open(boardId)).sections().get(1).id();
        var note = fixtures.as(pia, () -> noteService.addNote(boardId, section, "Look here", NoteColour.BLUE,
                false));
        fixtures.as(frida, () -> gatherings.start(gatheringId));
        signInAndOpenUi(frida);
        UI.getCurrent().navigate("boards/" + boardId);

        BoardViewTest.chooseAction(BoardViewTest.onlyCard(), "Bring everyone to this note");
        var room = fixtures.as(pia, () -> rooms.room(gatheringId));
        assertThat(room.currentBoardId()).isEqualTo(boardId);
        assertThat(room.bringNoteId()).isEqualTo(note.id());

        List<Button> toSections = _find(Button.class, spec -> spec.withClasses("bring-everyone-to-section"));
        assertThat(toSections).hasSize(2);
        _click(toSections.get(1));
        room = fixtures.as(pia, () -> rooms.room(gatheringId));
        assertThat(room.bringSectionId()).isEqualTo(section);
        assertThat(room.bringNoteId()).isNull();
        closeUi();

        // A participant is offered neither.
        signInAndOpenUi(pia);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(_find(Button.class, spec -> spec.withClasses("bring-everyone-to-section"))).isEmpty();
        assertThat(BoardViewTest.actionsOf(BoardViewTest.onlyCard())).doesNotContain("Bring everyone to this note");
    }

    @Autowired
    org.samskab.MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void whenTheCountdownRunsOutAParticipantsScreenStopsOfferingInput() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", null);
        long boardId = fixtures.board(network, false, "Ideas");
        fixtures.as(frida, () -> facilitation.startTimer(boardId, 1, true));
        signInAndOpenUi(pia);
        UI.getCurrent().navigate("boards/" + boardId);
        assertThat(shownText(_get(BoardTimer.class))).contains("Input stops when time is up.");
        assertThat(mayAddNotes()).isTrue();

        // The browser's countdown reaches zero and says so (StepTimer's script fires "time-up").
        clock.advance(java.time.Duration.ofSeconds(61));
        var timer = _get(BoardTimer.class).clock.getElement();
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(timer,
                new com.vaadin.flow.dom.DomEvent(timer, "time-up",
                        com.vaadin.flow.internal.JacksonUtils.createObjectNode()));
        assertThat(mayAddNotes()).isFalse();
        assertThat(status()).contains("Time is up: input has stopped");
    }

    @Test
    void aFacilitatorChoosesAndOrdersTheBoardsPhasesWithoutDragging() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        long boardId = fixtures.board(network, false, "Ideas");
        signInAndOpenUi(frida);
        UI.getCurrent().navigate("boards/" + boardId);
        openTools();
        _click(control("plan-phases"));

        PhasePlanDialog dialog = _get(PhasePlanDialog.class);
        java.util.function.Supplier<List<String>> shown = () -> _find(dialog.plan, ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(shown.get()).containsExactly("Write", "Group", "Vote", "Discuss");
        _click(labelled(dialog, "Remove Group"));
        _click(labelled(dialog, "Move Discuss up"));
        assertThat(shown.get()).containsExactly("Write", "Discuss", "Vote");
        dialog.add.setValue(PlannedPhase.of(Phase.GROUP));
        _click(_get(dialog, Button.class, spec -> spec.withClasses("add-phase")));
        _click(_get(Button.class, spec -> spec.withClasses("save-phase-plan")));

        assertThat(fixtures.as(frida, () -> boardReader.open(boardId)).board().phases())
                .extracting(PlannedPhase::phase).containsExactly(Phase.WRITE, Phase.DISCUSS, Phase.VOTE, Phase.GROUP);
        assertThat(control("start-phases").getText()).isEqualTo("Start with Write");

        _click(control("plan-phases"));
        _click(_get(Button.class, spec -> spec.withClasses("default-phase-plan")));
        assertThat(fixtures.as(frida, () -> boardReader.open(boardId)).board().phases())
                .extracting(PlannedPhase::phase).containsExactly(Phase.WRITE, Phase.GROUP, Phase.VOTE, Phase.DISCUSS);
    }
}
