package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.samskab.base.InvalidInputException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardRules.Refusal;

/**
 * The engine's rules, cell by cell: role × kind × state, without a database or Spring. The service tests prove
 * that the services enforce these answers; here every answer is pinned down.
 */
class BoardRulesTest {

    static final long AUTHOR = 1;
    static final long OTHER = 2;

    /** The actors every rule is asked about. */
    enum Who {
        FACILITATOR(new Actor(9, true, null)),
        AUTHOR(new Actor(BoardRulesTest.AUTHOR, false, null)),
        MEMBER(new Actor(OTHER, false, null)),
        CASE_GIVER(new Actor(BoardRulesTest.AUTHOR, false, GroupRole.CASE_GIVER)),
        COACH(new Actor(OTHER, false, GroupRole.COACH));

        final Actor actor;

        Who(Actor actor) {
            this.actor = actor;
        }
    }

    static BoardRules rules(BoardKind kind) {
        return new BoardRules(kind, false, VoteState.NONE, 3, false, false, false, false);
    }

    static BoardRules readOnly(BoardKind kind) {
        return new BoardRules(kind, true, VoteState.NONE, 3, false, false, false, false);
    }

    static BoardRules voting(BoardKind kind, VoteState state, boolean totalsVisible) {
        return new BoardRules(kind, false, state, 3, totalsVisible, false, false, false);
    }

    /** "-" means allowed, otherwise the refusal's name. */
    static String answer(@Nullable Refusal refusal) {
        return refusal == null ? "-" : refusal.name();
    }

    static void check(String rule, String kind, String who, String expected,
            BiFunction<BoardRules, Actor, @Nullable Refusal> ask, BoardRules rules) {
        assertThat(answer(ask.apply(rules, Who.valueOf(who).actor)))
                .as("%s on %s by %s", rule, kind, who).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- writing

    @ParameterizedTest(name = "write on {0} by {1}: {2}")
    @CsvSource({
        "IDEA_BOARD, MEMBER, -", "IDEA_BOARD, FACILITATOR, -",
        "REFLECTION_WALL, MEMBER, -", "THEORY_U_CANVAS, MEMBER, -",
        // A case clinic: only its group and facilitators write.
        "CASE_CLINIC, MEMBER, NOT_ALLOWED", "CASE_CLINIC, COACH, -", "CASE_CLINIC, CASE_GIVER, -",
        "CASE_CLINIC, FACILITATOR, -"})
    void whoWrites(BoardKind kind, Who who, String expected) {
        check("write", kind.name(), who.name(), expected, BoardRules::write, rules(kind));
        check("link", kind.name(), who.name(), expected.equals("-") && !kind.linksNotes() ? "NO_LINKS" : expected,
                BoardRules::link, rules(kind));
    }

    @ParameterizedTest
    @EnumSource(BoardKind.class)
    void aReadOnlyBoardRefusesEveryChangeToEveryone(BoardKind kind) {
        BoardRules rules = readOnly(kind);
        for (Who who : Who.values()) {
            Actor actor = who.actor;
            assertThat(rules.write(actor)).isEqualTo(Refusal.READ_ONLY);
            assertThat(rules.addNote(actor, false)).isEqualTo(Refusal.READ_ONLY);
            assertThat(rules.changeNote(actor, actor.memberId())).isEqualTo(Refusal.READ_ONLY);
            assertThat(rules.moveNote(actor, actor.memberId())).isEqualTo(Refusal.READ_ONLY);
            assertThat(rules.resonate(actor, OTHER + 100)).isEqualTo(Refusal.READ_ONLY);
            assertThat(rules.renameSection(actor, false)).isEqualTo(Refusal.READ_ONLY);
            assertThat(rules.moderates(actor)).isFalse();
        }
        // A facilitator-only change says "not allowed" to members first, and "read-only" to facilitators.
        assertThat(rules.facilitate(Who.MEMBER.actor)).isEqualTo(Refusal.NOT_ALLOWED);
        assertThat(rules.facilitate(Who.FACILITATOR.actor)).isEqualTo(Refusal.READ_ONLY);
        assertThat(rules.hide(Who.FACILITATOR.actor, false)).isEqualTo(Refusal.READ_ONLY);
        // Reading stays open to those who may read.
        assertThat(rules.readFacilitatorsView(Who.FACILITATOR.actor)).isNull();
    }

    @ParameterizedTest(name = "change a note on {0} by {1}: {2}")
    @CsvSource({
        "IDEA_BOARD, AUTHOR, -", "IDEA_BOARD, MEMBER, NOT_ALLOWED", "IDEA_BOARD, FACILITATOR, -",
        "THEORY_U_CANVAS, FACILITATOR, -", "CASE_CLINIC, FACILITATOR, -", "CASE_CLINIC, COACH, NOT_ALLOWED",
        // A reflection is its author's alone: facilitators hide it instead.
        "REFLECTION_WALL, AUTHOR, -", "REFLECTION_WALL, MEMBER, NOT_ALLOWED",
        "REFLECTION_WALL, FACILITATOR, NOT_ALLOWED"})
    void whoChangesANote(BoardKind kind, Who who, String expected) {
        check("changeNote", kind.name(), who.name(), expected, (r, a) -> r.changeNote(a, AUTHOR), rules(kind));
    }

    @ParameterizedTest(name = "move a note on {0} by {1}: {2}")
    @CsvSource({
        // Affinity grouping is shared work...
        "IDEA_BOARD, AUTHOR, -", "IDEA_BOARD, MEMBER, -", "IDEA_BOARD, FACILITATOR, -",
        "THEORY_U_CANVAS, MEMBER, -",
        // ...on a board with a group, the group's...
        "CASE_CLINIC, MEMBER, NOT_ALLOWED", "CASE_CLINIC, COACH, -",
        // ...and a reflection moves only by its author or a facilitator tidying the wall.
        "REFLECTION_WALL, AUTHOR, -", "REFLECTION_WALL, MEMBER, NOT_ALLOWED", "REFLECTION_WALL, FACILITATOR, -"})
    void whoMovesANote(BoardKind kind, Who who, String expected) {
        check("moveNote", kind.name(), who.name(), expected, (r, a) -> r.moveNote(a, AUTHOR), rules(kind));
    }

    @Test
    void anonymousPostsOnlyWhereTheBoardAllowsThemOrMakesEveryPostAnonymous() {
        Actor member = Who.MEMBER.actor;
        assertThat(rules(BoardKind.IDEA_BOARD).addNote(member, true)).isEqualTo(Refusal.ANONYMOUS_NOT_ALLOWED);
        assertThat(rules(BoardKind.IDEA_BOARD).addNote(member, false)).isNull();
        assertThat(new BoardRules(BoardKind.IDEA_BOARD, false, VoteState.NONE, 3, false, false, true, false)
                .addNote(member, true)).isNull();
        assertThat(new BoardRules(BoardKind.REFLECTION_WALL, false, VoteState.NONE, 3, false, false, false, true)
                .addNote(member, true)).isNull();
    }

    @ParameterizedTest(name = "mirror on {0} in {1} by {2}: {3}")
    @CsvSource({
        "CASE_CLINIC, cc-mirroring, COACH, -", "CASE_CLINIC, cc-mirroring, FACILITATOR, -",
        // The case giver listens.
        "CASE_CLINIC, cc-mirroring, CASE_GIVER, MIRROR_NOT_HERE",
        "CASE_CLINIC, cc-dialogue, COACH, MIRROR_NOT_HERE", "IDEA_BOARD, cc-mirroring, MEMBER, MIRROR_NOT_HERE",
        "THEORY_U_CANVAS, u-co-sensing, MEMBER, MIRROR_NOT_HERE"})
    void mirrorsAreTheCoachesInTheMirroringStep(BoardKind kind, String stage, Who who, String expected) {
        check("mirror", kind.name(), who.name(), expected, (r, a) -> r.mirror(a, stage), rules(kind));
    }

    // ---------------------------------------------------------------- sections

    @ParameterizedTest(name = "sections on {0} by {1}: arrange {2}, rename own {3}, rename built-in {4}, remove {5}")
    @CsvSource({
        "IDEA_BOARD, MEMBER, -, -, NOT_ALLOWED, NOT_ALLOWED",
        "IDEA_BOARD, FACILITATOR, -, -, -, -",
        // A wall's prompts are its facilitators'.
        "REFLECTION_WALL, MEMBER, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED",
        "REFLECTION_WALL, FACILITATOR, -, -, -, -",
        // Built-in stages and steps are fixed; facilitators name them.
        "THEORY_U_CANVAS, MEMBER, FIXED_SECTIONS, -, NOT_ALLOWED, NOT_ALLOWED",
        "THEORY_U_CANVAS, FACILITATOR, FIXED_SECTIONS, -, -, FIXED_SECTIONS",
        "CASE_CLINIC, FACILITATOR, FIXED_SECTIONS, -, -, FIXED_SECTIONS"})
    void whoShapesSections(BoardKind kind, Who who, String arrange, String renameOwn, String renameBuiltIn,
            String remove) {
        BoardRules rules = rules(kind);
        check("arrangeSections", kind.name(), who.name(), arrange, BoardRules::arrangeSections, rules);
        check("renameSection", kind.name(), who.name(), renameOwn, (r, a) -> r.renameSection(a, false), rules);
        check("renameBuiltIn", kind.name(), who.name(), renameBuiltIn, (r, a) -> r.renameSection(a, true), rules);
        check("removeSection", kind.name(), who.name(), remove, BoardRules::removeSection, rules);
    }

    // ---------------------------------------------------------------- voting

    @ParameterizedTest(name = "start a vote on {0} by {1}: {2}")
    @CsvSource({"IDEA_BOARD, FACILITATOR, -", "IDEA_BOARD, MEMBER, NOT_ALLOWED", "THEORY_U_CANVAS, FACILITATOR, -",
        "CASE_CLINIC, FACILITATOR, -", "REFLECTION_WALL, FACILITATOR, NO_VOTES_HERE"})
    void facilitatorsStartVotesWhereTheKindVotes(BoardKind kind, Who who, String expected) {
        check("startVote", kind.name(), who.name(), expected, BoardRules::startVote, rules(kind));
    }

    @Test
    void oneVoteAtATime() {
        Actor facilitator = Who.FACILITATOR.actor;
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.OPEN, false).startVote(facilitator))
                .isEqualTo(Refusal.VOTE_ALREADY_OPEN);
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.CLOSED, true).startVote(facilitator)).isNull();
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.OPEN, false).endVote(facilitator)).isNull();
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.NONE, false).endVote(facilitator))
                .isEqualTo(Refusal.NO_OPEN_VOTE);
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.CLOSED, true).endVote(facilitator))
                .isEqualTo(Refusal.NO_OPEN_VOTE);
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.OPEN, false).endVote(Who.MEMBER.actor))
                .isEqualTo(Refusal.NOT_ALLOWED);
    }

    @Test
    void dotsOnlyDuringAnOpenVoteAndWithinTheBudget() {
        Actor member = Who.MEMBER.actor;
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.NONE, false).placeDot(member, 0))
                .isEqualTo(Refusal.NO_OPEN_VOTE);
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.CLOSED, true).removeDot(member))
                .isEqualTo(Refusal.NO_OPEN_VOTE);
        BoardRules open = voting(BoardKind.IDEA_BOARD, VoteState.OPEN, false);
        assertThat(open.placeDot(member, 2)).isNull();
        assertThat(open.placeDot(member, 3)).isEqualTo(Refusal.NO_DOTS_LEFT);
        assertThat(open.dotsLeft(1)).isEqualTo(2);
        assertThat(open.dotsLeft(5)).isZero();
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.CLOSED, true).dotsLeft(0)).isZero();
        // A case clinic's dots are its group's.
        assertThat(voting(BoardKind.CASE_CLINIC, VoteState.OPEN, false).placeDot(member, 0))
                .isEqualTo(Refusal.NOT_ALLOWED);
        assertThat(voting(BoardKind.CASE_CLINIC, VoteState.OPEN, false).placeDot(Who.COACH.actor, 0)).isNull();
    }

    @Test
    void sortingByVotesNeedsAVoteAndTotalsEveryoneSees() {
        Actor facilitator = Who.FACILITATOR.actor;
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.NONE, false).sortByVotes(facilitator))
                .isEqualTo(Refusal.NO_VOTE_YET);
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.OPEN, false).sortByVotes(facilitator))
                .isEqualTo(Refusal.TOTALS_HIDDEN);
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.OPEN, true).sortByVotes(facilitator)).isNull();
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.CLOSED, true).sortByVotes(facilitator)).isNull();
        assertThat(voting(BoardKind.IDEA_BOARD, VoteState.CLOSED, true).sortByVotes(Who.MEMBER.actor))
                .isEqualTo(Refusal.NOT_ALLOWED);
    }

    @Test
    void theRulesOfAScreensBoardStateMatchTheEntitys() {
        var state = new BoardViews.BoardState(1, "t", null, BoardKind.IDEA_BOARD, true, VoteState.OPEN, 1, 4, false,
                7, false, false, null, null, null, java.util.List.of(), false, java.util.List.of(), null, null,
                null, false, null, false);
        assertThat(BoardRules.of(state))
                .isEqualTo(new BoardRules(BoardKind.IDEA_BOARD, false, VoteState.OPEN, 4, false, false, true, false));
        var paced = new BoardViews.BoardState(1, "t", null, BoardKind.THEORY_U_CANVAS, true, VoteState.NONE, 0, 3,
                false, 7, false, false, 12L, null, null, java.util.List.of(), false,
                java.util.List.of(new PlannedPhase(Phase.STAGE, 12L)), 0, Phase.STAGE, 12L, true, null, false);
        assertThat(BoardRules.of(paced).pacing()).isEqualTo(new BoardRules.Pacing(Phase.STAGE, 12L, true));
    }

    // ---------------------------------------------------------------- pacing: phases and the lock

    static BoardRules paced(BoardKind kind, @Nullable Phase phase, boolean locked) {
        VoteState vote = phase == Phase.VOTE ? VoteState.OPEN : VoteState.NONE;
        return new BoardRules(kind, false, vote, 3, false, phase == Phase.PRIVATE_WRITING, true, false,
                new BoardRules.Pacing(phase, phase == Phase.STAGE ? 10L : null, locked));
    }

    /** What a participant may do in each phase, as one line: add, edit own, move own, link, shape sections, dot. */
    @ParameterizedTest(name = "{0} in the {1} phase: {2}")
    @CsvSource({
        // kind, phase, add edit move link sections dot (participant, own note)
        "IDEA_BOARD, WRITE, - - - NO_LINKS - NOT_IN_PHASE",
        "IDEA_BOARD, GROUP, NOT_IN_PHASE NOT_IN_PHASE - NO_LINKS - NOT_IN_PHASE",
        "IDEA_BOARD, VOTE, NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE -",
        "IDEA_BOARD, DISCUSS, NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE",
        "THEORY_U_CANVAS, STAGE, - - - - FIXED_SECTIONS NOT_IN_PHASE",
        "THEORY_U_CANVAS, DISCUSS, NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE FIXED_SECTIONS "
                + "NOT_IN_PHASE",
        "REFLECTION_WALL, PRIVATE_WRITING, - - - NOT_IN_PHASE NOT_ALLOWED NOT_IN_PHASE",
        "REFLECTION_WALL, REVEAL, NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_ALLOWED NOT_IN_PHASE",
        "REFLECTION_WALL, REACT, NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_IN_PHASE NOT_ALLOWED NOT_IN_PHASE"})
    void eachPhaseOpensExactlyItsStepsToParticipants(BoardKind kind, Phase phase, String expected) {
        BoardRules rules = paced(kind, phase, false);
        Actor me = Who.AUTHOR.actor;
        String answers = String.join(" ", answer(rules.addNote(me, false)), answer(rules.changeNote(me, AUTHOR)),
                answer(rules.moveNote(me, AUTHOR)), answer(rules.link(me)), answer(rules.arrangeSections(me)),
                answer(rules.placeDot(me, 0)));
        assertThat(answers).as(kind + " in " + phase).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a facilitator in the {0} phase of a {1}")
    @CsvSource({"WRITE, IDEA_BOARD", "GROUP, IDEA_BOARD", "VOTE, IDEA_BOARD", "DISCUSS, IDEA_BOARD",
        "STAGE, THEORY_U_CANVAS", "PRIVATE_WRITING, REFLECTION_WALL", "REVEAL, REFLECTION_WALL",
        "REACT, REFLECTION_WALL"})
    void facilitatorsAreNeverPaced(Phase phase, BoardKind kind) {
        for (boolean locked : new boolean[] {false, true}) {
            BoardRules rules = paced(kind, phase, locked);
            Actor facilitator = Who.FACILITATOR.actor;
            assertThat(rules.addNote(facilitator, false)).isNull();
            assertThat(rules.changeNote(facilitator, 9)).isNull();
            assertThat(rules.moveNote(facilitator, AUTHOR)).isNull();
            assertThat(rules.intoSection(facilitator, 99)).isNull();
            assertThat(rules.paced(facilitator, Phase.Step.DOT)).isNull();
        }
    }

    @ParameterizedTest(name = "a locked {0} refuses every participant write")
    @EnumSource(BoardKind.class)
    void aLockedBoardRefusesEveryParticipantWrite(BoardKind kind) {
        BoardRules rules = paced(kind, null, true);
        Actor me = kind.hasGroup() ? Who.CASE_GIVER.actor : Who.AUTHOR.actor;
        assertThat(rules.addNote(me, false)).isEqualTo(Refusal.LOCKED);
        assertThat(rules.changeNote(me, AUTHOR)).isEqualTo(Refusal.LOCKED);
        assertThat(rules.moveNote(me, AUTHOR)).isEqualTo(Refusal.LOCKED);
        assertThat(rules.paced(me, Phase.Step.DOT)).isEqualTo(Refusal.LOCKED);
        assertThat(rules.paced(me, Phase.Step.RESONATE)).isEqualTo(Refusal.LOCKED);
        if (kind.resonates()) {
            assertThat(rules.resonate(me, OTHER)).isEqualTo(Refusal.LOCKED);
        }
        // Unlocked, the same board lets them write.
        assertThat(paced(kind, null, false).addNote(me, false)).isNull();
    }

    @Test
    void aClosedBoardSaysReadOnlyBeforeItSaysLocked() {
        BoardRules closed = new BoardRules(BoardKind.IDEA_BOARD, true, VoteState.NONE, 3, false, false, false, false,
                new BoardRules.Pacing(Phase.DISCUSS, null, true));
        assertThat(closed.addNote(Who.AUTHOR.actor, false)).isEqualTo(Refusal.READ_ONLY);
    }

    @Test
    void whenTheCountdownRunsOutOnABoardWhereThatStopsInputParticipantsStopAndFacilitatorsGoOn() {
        BoardRules timeUp = new BoardRules(BoardKind.IDEA_BOARD, false, VoteState.NONE, 3, false, false, false,
                false, new BoardRules.Pacing(null, null, false, true));
        assertThat(timeUp.addNote(Who.AUTHOR.actor, false)).isEqualTo(Refusal.TIME_UP);
        assertThat(timeUp.changeNote(Who.AUTHOR.actor, AUTHOR)).isEqualTo(Refusal.TIME_UP);
        assertThat(timeUp.addNote(Who.FACILITATOR.actor, false)).isNull();
        java.time.Instant end = java.time.Instant.parse("2026-12-06T10:00:00Z");
        var state = new BoardViews.BoardState(1, "t", null, BoardKind.IDEA_BOARD, true, VoteState.NONE, 0, 3, false,
                7, false, false, null, end, null, java.util.List.of(), false, java.util.List.of(), null, null,
                null, false, null, true);
        assertThat(BoardRules.of(state, end.minusSeconds(1)).pacing().timeUp()).isFalse();
        assertThat(BoardRules.of(state, end).pacing().timeUp()).isTrue();
    }

    @Test
    void duringAStageParticipantsWriteInThatStageOnly() {
        BoardRules stage = paced(BoardKind.THEORY_U_CANVAS, Phase.STAGE, false);
        assertThat(stage.intoSection(Who.AUTHOR.actor, 10)).isNull();
        assertThat(stage.intoSection(Who.AUTHOR.actor, 11)).isEqualTo(Refusal.OTHER_STAGE);
        assertThat(paced(BoardKind.THEORY_U_CANVAS, Phase.WRITE, false).intoSection(Who.AUTHOR.actor, 11)).isNull();
    }

    // ---------------------------------------------------------------- reflection walls

    @ParameterizedTest(name = "wall actions on {0} by {1}: private writing {2}, hide {3}")
    @CsvSource({"REFLECTION_WALL, FACILITATOR, -, -", "REFLECTION_WALL, MEMBER, NOT_ALLOWED, NOT_ALLOWED",
        "IDEA_BOARD, FACILITATOR, ONLY_ON_WALLS, ONLY_ON_WALLS",
        "CASE_CLINIC, FACILITATOR, ONLY_ON_WALLS, ONLY_ON_WALLS"})
    void facilitatorsRunAWall(BoardKind kind, Who who, String privateWriting, String hide) {
        check("privateWriting", kind.name(), who.name(), privateWriting, BoardRules::privateWriting, rules(kind));
        check("hide", kind.name(), who.name(), hide, (r, a) -> r.hide(a, false), rules(kind));
    }

    @Test
    void aPrivatePostIsNotSharedSoThereIsNothingToHide() {
        assertThat(rules(BoardKind.REFLECTION_WALL).hide(Who.FACILITATOR.actor, true))
                .isEqualTo(Refusal.NOT_ALLOWED);
    }

    @Test
    void membersResonateWithOthersPostsOnWallsOnly() {
        assertThat(rules(BoardKind.REFLECTION_WALL).resonate(Who.MEMBER.actor, AUTHOR)).isNull();
        assertThat(rules(BoardKind.REFLECTION_WALL).resonate(Who.AUTHOR.actor, AUTHOR))
                .isEqualTo(Refusal.RESONATE_OWN);
        assertThat(rules(BoardKind.REFLECTION_WALL).resonate(Who.FACILITATOR.actor, AUTHOR)).isNull();
        assertThat(rules(BoardKind.IDEA_BOARD).resonate(Who.MEMBER.actor, AUTHOR)).isEqualTo(Refusal.ONLY_ON_WALLS);
    }

    // ---------------------------------------------------------------- facilitation and reading

    @ParameterizedTest
    @EnumSource(BoardKind.class)
    void onlyFacilitatorsRunTheRoomAndReadTheLog(BoardKind kind) {
        BoardRules rules = rules(kind);
        for (Who who : Who.values()) {
            String expected = who == Who.FACILITATOR ? "-" : "NOT_ALLOWED";
            check("facilitate", kind.name(), who.name(), expected, BoardRules::facilitate, rules);
            check("readFacilitatorsView", kind.name(), who.name(), expected, BoardRules::readFacilitatorsView, rules);
            assertThat(rules.moderates(who.actor)).isEqualTo(who == Who.FACILITATOR);
        }
        check("setGroup", kind.name(), "FACILITATOR", kind.hasGroup() ? "-" : "NO_GROUP", BoardRules::setGroup,
                rules);
    }

    @Test
    void aWithheldBoardIsReadByFacilitatorsAndThoseWhoTookPartOnly() {
        for (Who who : Who.values()) {
            assertThat(BoardRules.mayRead(false, who.actor, () -> false)).as(who.name()).isTrue();
            assertThat(BoardRules.mayRead(true, who.actor, () -> true)).as(who.name()).isTrue();
            assertThat(BoardRules.mayRead(true, who.actor, () -> false)).as(who.name())
                    .isEqualTo(who == Who.FACILITATOR);
        }
    }

    @ParameterizedTest
    @EnumSource(BoardKind.class)
    void onlyItsAuthorKeepsAPostForTheRoomEvenOnAClosedBoard(BoardKind kind) {
        for (BoardRules rules : java.util.List.of(rules(kind), readOnly(kind))) {
            for (Who who : Who.values()) {
                check("keepForTheRoom", kind.name(), who.name(), who.actor.memberId() == AUTHOR ? "-" : "NOT_ALLOWED",
                        (r, actor) -> r.keepForTheRoom(actor, AUTHOR), rules);
            }
        }
    }

    @Test
    void aRefusalBecomesTheExceptionItsMemberSees() {
        BoardRules rules = voting(BoardKind.IDEA_BOARD, VoteState.OPEN, false);
        rules.require(null);
        assertThatThrownBy(() -> rules.require(Refusal.NOT_ALLOWED)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> rules.require(Refusal.NO_DOTS_LEFT)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "board.no-dots-left")
                .extracting("messageArguments").isEqualTo(new Object[] {3});
        for (Refusal refusal : Refusal.values()) {
            assertThatThrownBy(() -> rules.require(refusal)).isInstanceOf(
                    refusal == Refusal.NOT_ALLOWED ? PermissionDeniedException.class : InvalidInputException.class);
        }
    }
}
