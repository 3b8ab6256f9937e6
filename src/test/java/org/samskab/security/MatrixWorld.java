package org.samskab.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.action.ActionService;
import org.samskab.base.Language;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.BreakoutMethod;
import org.samskab.board.BoardViews.BreakoutPlan;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.FacilitationService;
import org.samskab.board.NoteService;
import org.samskab.board.PhaseService;
import org.samskab.board.RoomService;
import org.samskab.board.VotingService;
import org.samskab.board.WallService;
import org.samskab.gathering.GatheringForm;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.JoiningService;
import org.samskab.gathering.TemplateService;
import org.samskab.member.MemberService;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.IssuedInvitation;
import org.springframework.context.ApplicationContext;

/**
 * What one cell of the authorization matrix acts on: a network's live gathering with a board of each kind, notes,
 * a wall's posts, an invitation, a template, an action, a breakout, a projector link, and the people around it.
 * Everything is made on first use, by the network's coordinator (or its facilitator, where the rules want one),
 * so a cell pays only for what its operation touches. A cell that may change things gets a world of its own; the
 * cells that must be refused share one, which they must leave as it was.
 * <p>
 * {@link #missing()} is a world of ids that do not exist, for comparing another network's answer with.
 */
final class MatrixWorld {

    /** A network and the people who hold its roles, made once per test run and shared by its worlds. */
    record People(TestNetwork network, String admin, String coordinator, String facilitator, String participant,
            String participant2) {
    }

    private static final long MISSING_ID = 8_000_000_000L;

    private final ApplicationContext context;
    private final Fixtures fixtures;
    private final @Nullable People people;
    /** Each cell's own people, for operations on one's own account (leaving, deleting it); else shared. */
    private final boolean freshPeople;
    private final @Nullable People strangers;
    /** The missing world's lender of things that are not ids (a board's blueprint). */
    private @Nullable MatrixWorld lender;
    private final Map<String, Object> made = new java.util.HashMap<>();
    private final Map<AuthorizationMatrixTest.Role, String> actors = new EnumMap<>(AuthorizationMatrixTest.Role.class);

    private MatrixWorld(ApplicationContext context, @Nullable People people, boolean freshPeople,
            @Nullable People strangers) {
        this.context = context;
        this.fixtures = context.getBean(Fixtures.class);
        this.people = people;
        this.freshPeople = freshPeople;
        this.strangers = strangers;
    }

    static People people(Fixtures fixtures) {
        TestNetwork network = fixtures.network();
        return new People(network, fixtures.siteAdmin(), network.coordinator(),
                fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", network.sarpsborg()),
                fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", network.fredrikstad()),
                fixtures.member(network, NetworkRole.PARTICIPANT, "Per Participant", network.sarpsborg()));
    }

    static MatrixWorld of(ApplicationContext context, People people, People strangers, boolean freshPeople) {
        return new MatrixWorld(context, people, freshPeople, strangers);
    }

    static MatrixWorld missing(ApplicationContext context, MatrixWorld lender) {
        MatrixWorld missing = new MatrixWorld(context, null, false, null);
        missing.lender = lender;
        return missing;
    }

    boolean isMissing() {
        return people == null;
    }

    // ---------------------------------------------------------------- who acts

    /** The e-mail a role signs in with here (made before the cell runs), or null for a signed-out visitor. */
    @Nullable
    String actor(AuthorizationMatrixTest.Role role) {
        People own = Objects.requireNonNull(people);
        People others = Objects.requireNonNull(strangers);
        if (role == AuthorizationMatrixTest.Role.SIGNED_OUT) {
            return null;
        }
        if (role == AuthorizationMatrixTest.Role.GUEST) {
            return actors.computeIfAbsent(role, r -> guest("Gustav Guest"));
        }
        if (!freshPeople) {
            return switch (role) {
                case SITE_ADMIN -> own.admin();
                case COORDINATOR -> own.coordinator();
                case FACILITATOR -> own.facilitator();
                case PARTICIPANT -> own.participant();
                case OTHER_NETWORK -> others.coordinator();
                default -> throw new IllegalStateException(role.name());
            };
        }
        return actors.computeIfAbsent(role, r -> switch (r) {
            case SITE_ADMIN -> fixtures.siteAdmin();
            case COORDINATOR -> fixtures.member(own.network(), NetworkRole.COORDINATOR, "Cora Coordinator", null);
            case FACILITATOR -> fixtures.member(own.network(), NetworkRole.FACILITATOR, "Fia Facilitator", null);
            case PARTICIPANT -> fixtures.member(own.network(), NetworkRole.PARTICIPANT, "Pål Participant", null);
            case OTHER_NETWORK -> fixtures.member(others.network(), NetworkRole.PARTICIPANT, "Olga Outsider", null);
            default -> throw new IllegalStateException(r.name());
        });
    }

    // ---------------------------------------------------------------- the network

    long network() {
        return people == null ? MISSING_ID : people.network().id();
    }

    long memberId(String email) {
        return bean(MemberService.class).findByEmail(email).orElseThrow().id();
    }

    /** A case clinic's group: Pia gives the case, Per, the facilitator and the coordinator coach. */
    Map<Long, org.samskab.board.GroupRole> group() {
        if (people == null) {
            return Map.of(participantId(), org.samskab.board.GroupRole.CASE_GIVER);
        }
        People own = people();
        return Map.of(participantId(), org.samskab.board.GroupRole.CASE_GIVER, memberId(own.participant2()),
                org.samskab.board.GroupRole.COACH, memberId(own.facilitator()), org.samskab.board.GroupRole.COACH,
                memberId(own.coordinator()), org.samskab.board.GroupRole.COACH);
    }

    long participantId() {
        return id("participantId", () -> memberId(people().participant()));
    }

    long organisation() {
        return id("organisation", () -> asCoordinator(() -> bean(NetworkService.class)
                .addOrganisation(network(), Fixtures.unique("Halden kommune")).id()));
    }

    /** A membership of a member made for the cell, whose role a coordinator may change. */
    long membership() {
        return id("membership", () -> {
            String extra = fixtures.member(people().network(), NetworkRole.PARTICIPANT, "Eva Extra", null);
            return asCoordinator(() -> bean(NetworkService.class).membersByOrganisation(network(), Locale.ENGLISH)
                    .stream().flatMap(group -> group.members().stream()).filter(m -> m.email().equals(extra))
                    .findFirst().orElseThrow().membershipId());
        });
    }

    IssuedInvitation invitation() {
        if (people == null) {
            return new IssuedInvitation(MISSING_ID, "nobody@test.example", NetworkRole.PARTICIPANT,
                    "http://localhost/invitation/no-such-token", false, Instant.now());
        }
        return made("invitation", () -> asCoordinator(() -> bean(InvitationService.class).invite(network(),
                Fixtures.unique("invited") + "@test.example", NetworkRole.PARTICIPANT, null, Language.ENGLISH)));
    }

    String invitationToken() {
        return Fixtures.token(invitation().link());
    }

    // ---------------------------------------------------------------- the gathering

    /** A gathering in the network, live, with guests let in and everyone brought to its idea board. */
    long gathering() {
        return id("gathering", () -> {
            long gathering = planned("Learning café");
            long ideas = asCoordinator(() -> bean(GatheringService.class).addBoard(gathering, BoardKind.IDEA_BOARD,
                    "Ideas", "One idea per note.", true, List.of("Ideas", "Questions")).id());
            made.put("idea", ideas);
            asCoordinator(() -> {
                bean(GatheringService.class).start(gathering);
                bean(RoomService.class).setGuestsAllowed(gathering, true);
                return bean(RoomService.class).bringEveryoneHere(ideas, null, null);
            });
            return gathering;
        });
    }

    /** A gathering planned and not started. */
    long plannedGathering() {
        return id("plannedGathering", () -> planned("Pilot gathering"));
    }

    /** A gathering that was live, with a note on its board, and is closed, not yet published. */
    long closedGathering() {
        return id("closedGathering", () -> pastGathering(false));
    }

    /** A gathering that was live, with a note on its board, and is closed and published to the network. */
    long publishedGathering() {
        return id("publishedGathering", () -> pastGathering(true));
    }

    /** The note written on the published gathering's board. */
    long publishedNote() {
        publishedGathering();
        return id("publishedNote", () -> MISSING_ID);
    }

    private long pastGathering(boolean published) {
        long gathering = planned("Insight gathering");
        GatheringService gatherings = bean(GatheringService.class);
        long board = asCoordinator(() -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "What we learnt", "",
                false, List.of("Learnt")).id());
        asCoordinator(() -> gatherings.start(gathering));
        long section = sections(board).getFirst();
        long note = as(people().participant(), () -> bean(NoteService.class).addNote(board, section,
                "Walking meetings on Fridays", null, false)).id();
        asCoordinator(() -> gatherings.close(gathering));
        if (published) {
            asCoordinator(() -> gatherings.publish(gathering));
            made.put("publishedNote", note);
        }
        return gathering;
    }

    private long planned(String title) {
        return asCoordinator(() -> bean(GatheringService.class).plan(network(), new GatheringForm(title,
                GatheringKind.WORKSHOP, Instant.now(), Instant.now().plus(Duration.ofHours(3)), "Sarpsborg rådhus",
                null, null, Set.of())).id());
    }

    String joinCode() {
        if (people == null) {
            return "ZZZZZZ";
        }
        return made("joinCode", () -> Objects.requireNonNull(
                asCoordinator(() -> bean(RoomService.class).room(gathering())).joinCode()));
    }

    /** A guest let into the live gathering by its code; returns the name it signs in with. */
    String guest(String name) {
        return bean(JoiningService.class).joinAsGuest(joinCode(), name, Language.ENGLISH, address()).signInName();
    }

    /** A second guest, whom a facilitator may remove. */
    long otherGuest() {
        return id("otherGuest", () -> memberId(guest("Greta Guest")));
    }

    static String address() {
        return "matrix-" + UUID.randomUUID();
    }

    String projectorSecret() {
        if (people == null) {
            return "no-such-secret";
        }
        return made("projectorSecret",
                () -> asCoordinator(() -> bean(RoomService.class).newProjectorSecret(gathering())));
    }

    // ---------------------------------------------------------------- boards

    long idea() {
        gathering();
        return id("idea", () -> MISSING_ID);
    }

    List<Long> ideaSections() {
        return people == null ? List.of(MISSING_ID, MISSING_ID + 1) : made("ideaSections", () -> sections(idea()));
    }

    long section() {
        return ideaSections().getFirst();
    }

    /** Pia's note in the idea board's first section. */
    NoteState note() {
        return made("note", () -> as(people().participant(), () -> bean(NoteService.class).addNote(idea(),
                section(), "A walk every Friday", null, false)));
    }

    long noteId() {
        return people == null ? MISSING_ID : note().id();
    }

    long noteVersion() {
        return people == null ? 0 : note().version();
    }

    long deletedNote() {
        return id("deletedNote", () -> {
            // A note of its own: the shared note stays for the rows after this one.
            long id = as(people().participant(), () -> bean(NoteService.class).addNote(idea(), section(),
                    "A note to take back", null, false)).id();
            as(people().participant(), () -> {
                bean(NoteService.class).deleteNote(id);
                return null;
            });
            return id;
        });
    }

    /** The idea board with a dot vote open. */
    long votingBoard() {
        return id("votingBoard", () -> {
            noteId();
            asFacilitator(() -> bean(VotingService.class).startVote(idea(), 3, false));
            return idea();
        });
    }

    /** The idea board after a dot vote, its totals shown. */
    long votedBoard() {
        return id("votedBoard", () -> {
            votingBoard();
            asFacilitator(() -> bean(VotingService.class).endVote(idea()));
            return idea();
        });
    }

    /** The idea board with a running timer. */
    long timedBoard() {
        return id("timedBoard", () -> {
            asFacilitator(() -> bean(FacilitationService.class).startTimer(idea(), 5));
            return idea();
        });
    }

    long pausedBoard() {
        return id("pausedBoard", () -> {
            timedBoard();
            asFacilitator(() -> bean(FacilitationService.class).pauseTimer(idea()));
            return idea();
        });
    }

    /** The idea board with its kind's phases planned and the second one started. */
    long pacedBoard() {
        return id("pacedBoard", () -> {
            asFacilitator(() -> bean(PhaseService.class).useDefaultPhases(idea()));
            asFacilitator(() -> bean(PhaseService.class).startPhase(idea(), 1));
            return idea();
        });
    }

    long plannedPhasesBoard() {
        return id("plannedPhasesBoard", () -> {
            asFacilitator(() -> bean(PhaseService.class).useDefaultPhases(idea()));
            return idea();
        });
    }

    long wall() {
        return id("wall", () -> asCoordinator(() -> bean(GatheringService.class).addBoard(gathering(),
                BoardKind.REFLECTION_WALL, "Reflections", "", false, true, List.of()).id()));
    }

    /** Per's post on the wall (someone else's for Pia, who may resonate with it). */
    long wallPost() {
        return id("wallPost", () -> {
            long wall = wall();
            long section = sections(wall).getFirst();
            return as(people().participant2(), () -> bean(NoteService.class).addNote(wall, section,
                    "I felt heard today", null, false)).id();
        });
    }

    long hiddenPost() {
        return id("hiddenPost", () -> {
            long post = wallPost();
            asFacilitator(() -> {
                bean(WallService.class).hidePost(post, "Breaks our agreements");
                return null;
            });
            return post;
        });
    }

    long privateWall() {
        return id("privateWall", () -> {
            asFacilitator(() -> bean(WallService.class).startPrivateWriting(wall()));
            return wall();
        });
    }

    long canvas() {
        return id("canvas", () -> asCoordinator(() -> bean(GatheringService.class).addBoard(gathering(),
                BoardKind.THEORY_U_CANVAS, "Our U", null, false, List.of()).id()));
    }

    List<Long> stages() {
        return people == null ? List.of(MISSING_ID, MISSING_ID + 1) : made("stages", () -> sections(canvas()));
    }

    /** Two notes on the canvas, in its first and second stage. */
    List<Long> canvasNotes() {
        if (people == null) {
            return List.of(MISSING_ID, MISSING_ID + 1);
        }
        return made("canvasNotes", () -> {
            List<Long> ids = new ArrayList<>();
            for (int stage = 0; stage < 2; stage++) {
                long section = stages().get(stage);
                ids.add(as(people().participant(), () -> bean(NoteService.class).addNote(canvas(), section,
                        "What we saw", null, false)).id());
            }
            return ids;
        });
    }

    List<Long> linkedNotes() {
        if (people == null) {
            return canvasNotes();
        }
        return made("linkedNotes", () -> {
            List<Long> ids = canvasNotes();
            as(people().participant(), () -> bean(NoteService.class).linkNotes(ids.get(0), ids.get(1)));
            return ids;
        });
    }

    long clinic() {
        return id("clinic", () -> asCoordinator(() -> bean(GatheringService.class).addBoard(gathering(),
                BoardKind.CASE_CLINIC, "Case clinic", null, false, List.of()).id()));
    }

    /** What the idea board is made like, for making another like it. */
    org.samskab.board.BoardBlueprint blueprint() {
        if (people == null) {
            return Objects.requireNonNull(lender).blueprint();
        }
        return made("blueprint", () -> asCoordinator(() -> bean(BoardService.class).blueprint(idea())));
    }

    /** A board of the network outside any gathering. */
    long networkBoard() {
        return id("networkBoard", () -> asCoordinator(() -> bean(BoardService.class).createBoard(network(), null,
                BoardKind.IDEA_BOARD, "Between gatherings", "", false, List.of("Ideas")).id()));
    }

    /** The room split into two groups (Pia, Per) as a learning café, whose tables rotate. */
    long breakout() {
        return id("breakout", () -> {
            List<Long> present = List.of(participantId(), memberId(people().participant2()));
            return Objects.requireNonNull(asFacilitator(() -> bean(org.samskab.board.BreakoutService.class)
                    .split(idea(), present, BreakoutPlan.byCount(BreakoutMethod.RANDOM, 2).asCafe()))
                    .runningBreakout()).id();
        });
    }

    long template() {
        return id("template", () -> asCoordinator(() -> Objects.requireNonNull(bean(TemplateService.class)
                .saveBoard(idea(), Fixtures.unique("Café"), "A board to start from").id())));
    }

    long action() {
        return id("action", () -> as(people().participant(), () -> bean(ActionService.class).record(network(),
                gathering(), null, "Visit Halden before next time", null, null).id()));
    }

    // ---------------------------------------------------------------- helpers

    private List<Long> sections(long boardId) {
        return asCoordinator(() -> bean(BoardReader.class).open(boardId)).sections().stream()
                .map(SectionState::id).toList();
    }

    private People people() {
        return Objects.requireNonNull(people, "the missing world has nobody");
    }

    private long id(String key, Supplier<Long> make) {
        if (people == null) {
            return MISSING_ID + Math.abs(key.hashCode() % 1000);
        }
        return made(key, make);
    }

    @SuppressWarnings("unchecked")
    private <T> T made(String key, Supplier<T> make) {
        Object known = made.get(key);
        if (known != null) {
            return (T) known;
        }
        T value;
        try {
            value = make.get();
        } catch (RuntimeException e) {
            throw new SetupFailed(key, e);
        }
        made.put(key, value);
        return value;
    }

    private <T> T asCoordinator(Supplier<T> task) {
        return as(people().coordinator(), task);
    }

    private <T> T asFacilitator(Supplier<T> task) {
        return as(people().facilitator(), task);
    }

    private <T> T as(String email, Supplier<T> task) {
        return fixtures.as(email, task);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Making the world failed: the cell says so, rather than blaming the operation under test. */
    static final class SetupFailed extends RuntimeException {
        SetupFailed(String what, RuntimeException cause) {
            super("could not make " + what + ": " + cause, cause);
        }
    }
}
