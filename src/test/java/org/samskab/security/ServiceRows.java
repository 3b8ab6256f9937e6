package org.samskab.security;

import static org.samskab.security.AuthorizationMatrixTest.Role.COORDINATOR;
import static org.samskab.security.AuthorizationMatrixTest.Role.FACILITATOR;
import static org.samskab.security.AuthorizationMatrixTest.Role.GUEST;
import static org.samskab.security.AuthorizationMatrixTest.Role.OTHER_NETWORK;
import static org.samskab.security.AuthorizationMatrixTest.Role.PARTICIPANT;
import static org.samskab.security.AuthorizationMatrixTest.Role.SITE_ADMIN;
import static org.samskab.security.AuthorizationMatrixTest.roles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.samskab.Fixtures;
import org.samskab.action.ActionSearch;
import org.samskab.action.ActionService;
import org.samskab.action.ActionStatus;
import org.samskab.base.Language;
import org.samskab.board.AuthorErasure;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardReplay;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.BreakoutMethod;
import org.samskab.board.BoardViews.BreakoutPlan;
import org.samskab.board.BreakoutService;
import org.samskab.board.FacilitationService;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteSearch;
import org.samskab.board.NoteService;
import org.samskab.board.Phase;
import org.samskab.board.PhaseService;
import org.samskab.board.PlannedPhase;
import org.samskab.board.RoomService;
import org.samskab.board.SectionService;
import org.samskab.board.VotingService;
import org.samskab.board.WallService;
import org.samskab.gathering.BuiltInTemplate;
import org.samskab.gathering.GatheringForm;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.JoiningService;
import org.samskab.gathering.TemplateService;
import org.samskab.member.MemberService;
import org.samskab.memory.ArchiveService;
import org.samskab.memory.HarvestExports;
import org.samskab.memory.HarvestService;
import org.samskab.memory.SearchService;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.profile.AccountService;
import org.samskab.security.AuthorizationMatrixTest.Call;
import org.samskab.security.AuthorizationMatrixTest.Outcome;
import org.samskab.security.AuthorizationMatrixTest.Role;
import org.samskab.security.AuthorizationMatrixTest.Row;
import org.samskab.security.AuthorizationMatrixTest.Scope;
import org.springframework.context.ApplicationContext;

/**
 * The rows of the authorization matrix: for each public service operation, who may call it and how it is called.
 * This is the portal's access policy in one place; docs/reliability.md prints its shape.
 */
final class ServiceRows {

    private static final Set<Role> IN_THE_ROOM = roles(COORDINATOR, FACILITATOR, PARTICIPANT, GUEST);
    private static final Set<Role> MEMBERS = roles(COORDINATOR, FACILITATOR, PARTICIPANT);
    private static final Set<Role> FACILITATORS = roles(COORDINATOR, FACILITATOR);
    private static final Set<Role> COORDINATORS = roles(COORDINATOR);
    private static final Set<Role> SITE_ADMINS = roles(SITE_ADMIN);
    private static final Set<Role> SIGNED_IN = roles(SITE_ADMIN, COORDINATOR, FACILITATOR, PARTICIPANT, GUEST,
            OTHER_NETWORK);
    private static final Set<Role> ANYONE = roles(Role.values());

    private final ApplicationContext context;
    private final List<Row> rows = new ArrayList<>();

    private ServiceRows(ApplicationContext context) {
        this.context = context;
    }

    static List<Row> all(ApplicationContext context) {
        ServiceRows all = new ServiceRows(context);
        all.boards();
        all.facilitation();
        all.rooms();
        all.gatherings();
        all.networks();
        all.memory();
        return all.rows;
    }

    private <T> T s(Class<T> service) {
        return context.getBean(service);
    }

    // ---------------------------------------------------------------- boards, notes, walls, votes

    private void boards() {
        room("BoardReader.open(long)", IN_THE_ROOM, w -> s(BoardReader.class).open(w.idea()));
        room("BoardReader.history(long)", FACILITATORS, w -> s(BoardReader.class).history(w.idea()));
        room("BoardReader.source(long)", IN_THE_ROOM, w -> s(BoardReader.class).source(w.noteId()));
        add(network("BoardReader.keptNotes(Collection)", MEMBERS,
                w -> s(BoardReader.class).keptNotes(List.of(w.publishedNote()))).filtering(ServiceRows::empty));
        own("BoardReader.myNamedPosts()", SIGNED_IN, w -> s(BoardReader.class).myNamedPosts());
        room("BoardReplay.timeline(long)", IN_THE_ROOM, w -> s(BoardReplay.class).timeline(w.idea()));
        add(own("AuthorErasure.anonymiseMe(Collection)", SIGNED_IN,
                w -> s(AuthorErasure.class).anonymiseMe(List.of(w.network()))).ownPeople());

        network("BoardService.createBoard(long,Long,BoardKind,String,String,boolean,List)", FACILITATORS,
                w -> s(BoardService.class).createBoard(w.network(), null, BoardKind.IDEA_BOARD, "Between gatherings",
                        "", false, List.of("Ideas")));
        network("BoardService.createBoard(long,Long,BoardKind,String,String,boolean,boolean,List)", FACILITATORS,
                w -> s(BoardService.class).createBoard(w.network(), null, BoardKind.REFLECTION_WALL, "Check-out", "",
                        false, true, List.of()));
        network("BoardService.createBoard(long,Long,BoardBlueprint)", FACILITATORS,
                w -> s(BoardService.class).createBoard(w.network(), null, w.blueprint()));
        room("BoardService.blueprint(long)", FACILITATORS, w -> s(BoardService.class).blueprint(w.idea()));
        network("BoardService.agenda(long,long)", MEMBERS,
                w -> s(BoardService.class).agenda(w.network(), w.gathering()));
        network("BoardService.mayReadAgenda(long,long)", MEMBERS,
                w -> s(BoardService.class).mayReadAgenda(w.network(), w.gathering()));
        network("BoardService.summary(long)", MEMBERS, w -> s(BoardService.class).summary(w.idea()));
        room("BoardService.updateBoard(long,String,String,boolean)", FACILITATORS,
                w -> s(BoardService.class).updateBoard(w.idea(), "Ideas for spring", "One per note", true));
        room("BoardService.moveOnAgenda(long,int)", FACILITATORS, run(w -> s(BoardService.class)
                .moveOnAgenda(w.idea(), 0)));
        room("BoardService.removeBoard(long)", FACILITATORS, run(w -> s(BoardService.class).removeBoard(w.idea())));

        NoteService notes = s(NoteService.class);
        room("NoteService.addNote(long,long,String,NoteColour,boolean)", IN_THE_ROOM,
                w -> notes.addNote(w.idea(), w.section(), "Lunch together", null, false));
        room("NoteService.addNote(long,long,String,NoteColour,boolean,NoteMirror)", IN_THE_ROOM,
                w -> notes.addNote(w.idea(), w.section(), "Lunch together", NoteColour.PINK, true, null));
        room("NoteService.addNote(long,long,String,NoteColour,boolean,NoteMirror,boolean)", IN_THE_ROOM,
                w -> notes.addNote(w.idea(), w.section(), "Lunch together", null, false, null, true));
        room("NoteService.editNote(long,long,String)", MEMBERS,
                w -> notes.editNote(w.noteId(), w.noteVersion(), "A walk every Friday at ten"));
        room("NoteService.recolourNote(long,NoteColour)", MEMBERS,
                w -> notes.recolourNote(w.noteId(), NoteColour.GREEN));
        room("NoteService.restoreDeleted(long)", FACILITATORS, w -> notes.restoreDeleted(w.deletedNote()));
        // The author's own choice: Pia wrote the note.
        room("NoteService.keepForTheRoom(long,boolean)", roles(PARTICIPANT),
                w -> notes.keepForTheRoom(w.noteId(), true));
        room("NoteService.deleteNote(long)", MEMBERS, run(w -> notes.deleteNote(w.noteId())));
        room("NoteService.moveNote(long,long,Long)", IN_THE_ROOM,
                w -> notes.moveNote(w.noteId(), w.ideaSections().get(1), null));
        room("NoteService.moveNoteWithinSection(long,int)", IN_THE_ROOM,
                w -> notes.moveNoteWithinSection(w.noteId(), 1));
        room("NoteService.linkNotes(long,long)", IN_THE_ROOM,
                w -> notes.linkNotes(w.canvasNotes().get(0), w.canvasNotes().get(1)));
        room("NoteService.unlinkNotes(long,long)", IN_THE_ROOM,
                w -> notes.unlinkNotes(w.linkedNotes().get(0), w.linkedNotes().get(1)));

        SectionService sections = s(SectionService.class);
        room("SectionService.addSection(long,String)", IN_THE_ROOM, w -> sections.addSection(w.idea(), "Later"));
        room("SectionService.renameSection(long,String)", IN_THE_ROOM,
                w -> sections.renameSection(w.section(), "Ideas now"));
        room("SectionService.removeSection(long)", FACILITATORS,
                run(w -> sections.removeSection(w.ideaSections().get(1))));
        room("SectionService.moveSection(long,int)", IN_THE_ROOM, w -> sections.moveSection(w.section(), 1));
        room("SectionService.updateGuidance(long,String,Integer)", FACILITATORS,
                w -> sections.updateGuidance(w.stages().getFirst(), "Whom did you visit?", null));

        VotingService votes = s(VotingService.class);
        room("VotingService.startVote(long,int,boolean)", FACILITATORS, w -> votes.startVote(w.idea(), 3, false));
        room("VotingService.endVote(long)", FACILITATORS, w -> votes.endVote(w.votingBoard()));
        room("VotingService.placeDot(long)", IN_THE_ROOM, w -> {
            w.votingBoard();
            return votes.placeDot(w.noteId());
        });
        room("VotingService.removeDot(long)", IN_THE_ROOM, w -> {
            w.votingBoard();
            votes.placeDot(w.noteId());
            return votes.removeDot(w.noteId());
        });
        room("VotingService.sortByVotes(long)", FACILITATORS, run(w -> votes.sortByVotes(w.votedBoard())));

        WallService walls = s(WallService.class);
        room("WallService.startPrivateWriting(long)", FACILITATORS, w -> walls.startPrivateWriting(w.wall()));
        room("WallService.revealPrivatePosts(long)", FACILITATORS, w -> walls.revealPrivatePosts(w.privateWall()));
        room("WallService.setResonates(long,boolean)", IN_THE_ROOM, w -> walls.setResonates(w.wallPost(), true));
        room("WallService.hidePost(long,String)", FACILITATORS,
                run(w -> walls.hidePost(w.wallPost(), "Breaks our agreements")));
        room("WallService.restorePost(long)", FACILITATORS, w -> walls.restorePost(w.hiddenPost()));
        room("WallService.hiddenPosts(long)", FACILITATORS, w -> walls.hiddenPosts(w.wall()));
        room("WallService.wallStatus(long)", FACILITATORS, w -> walls.wallStatus(w.wall()));
        network("NoteSearch.search(long,String,int)", MEMBERS,
                w -> s(NoteSearch.class).search(w.network(), "Friday", 10));
    }

    // ---------------------------------------------------------------- pacing the room

    private void facilitation() {
        FacilitationService facilitation = s(FacilitationService.class);
        room("FacilitationService.setFocus(long,Long)", FACILITATORS,
                w -> facilitation.setFocus(w.canvas(), w.stages().get(1)));
        room("FacilitationService.startStep(long)", FACILITATORS,
                w -> facilitation.startStep(w.stages().getFirst()));
        room("FacilitationService.nextStep(long)", FACILITATORS, w -> facilitation.nextStep(w.canvas()));
        room("FacilitationService.startTimer(long,int)", FACILITATORS, w -> facilitation.startTimer(w.idea(), 5));
        room("FacilitationService.startTimer(long,int,boolean)", FACILITATORS,
                w -> facilitation.startTimer(w.idea(), 5, true));
        room("FacilitationService.stopTimer(long)", FACILITATORS, w -> facilitation.stopTimer(w.timedBoard()));
        room("FacilitationService.pauseTimer(long)", FACILITATORS, w -> facilitation.pauseTimer(w.timedBoard()));
        room("FacilitationService.resumeTimer(long)", FACILITATORS, w -> facilitation.resumeTimer(w.pausedBoard()));
        room("FacilitationService.extendTimer(long,int)", FACILITATORS,
                w -> facilitation.extendTimer(w.timedBoard(), 1));
        room("FacilitationService.setLocked(long,boolean)", FACILITATORS, w -> facilitation.setLocked(w.idea(), true));
        room("FacilitationService.spotlight(long,Long)", FACILITATORS,
                w -> facilitation.spotlight(w.idea(), w.noteId()));
        room("FacilitationService.glance(long,Set,Locale)", FACILITATORS,
                w -> facilitation.glance(w.idea(), Set.of(w.participantId()), Locale.ENGLISH));
        room("FacilitationService.setGroup(long,Map)", FACILITATORS,
                w -> facilitation.setGroup(w.clinic(), w.group()));

        PhaseService phases = s(PhaseService.class);
        room("PhaseService.planPhases(long,List)", FACILITATORS, w -> phases.planPhases(w.idea(),
                List.of(PlannedPhase.of(Phase.WRITE), PlannedPhase.of(Phase.VOTE))));
        room("PhaseService.useDefaultPhases(long)", FACILITATORS, w -> phases.useDefaultPhases(w.idea()));
        room("PhaseService.startPhase(long,int)", FACILITATORS,
                w -> phases.startPhase(w.plannedPhasesBoard(), 0));
        room("PhaseService.nextPhase(long)", FACILITATORS, w -> phases.nextPhase(w.pacedBoard()));
        room("PhaseService.previousPhase(long)", FACILITATORS, w -> phases.previousPhase(w.pacedBoard()));
        room("PhaseService.endPhases(long)", FACILITATORS, w -> phases.endPhases(w.pacedBoard()));

        BreakoutService breakouts = s(BreakoutService.class);
        room("BreakoutService.split(long,Collection,BreakoutPlan)", FACILITATORS, w -> breakouts.split(w.idea(),
                List.of(w.participantId()), BreakoutPlan.byCount(BreakoutMethod.RANDOM, 1)));
        room("BreakoutService.candidates(long,Collection)", FACILITATORS,
                w -> breakouts.candidates(w.idea(), List.of(w.participantId())));
        staff("BreakoutService.rotate(long)", FACILITATORS, w -> {
            w.breakout();
            return breakouts.rotate(w.gathering());
        });
        staff("BreakoutService.announce(long,String,Integer)", FACILITATORS, w -> {
            w.breakout();
            return breakouts.announce(w.gathering(), "Five minutes left", 5);
        });
        staff("BreakoutService.end(long)", FACILITATORS, w -> {
            w.breakout();
            return breakouts.end(w.gathering());
        });
        room("BreakoutService.overview(long)", IN_THE_ROOM, w -> breakouts.overview(w.breakout()));
        key("BreakoutService.projectorOverview(String)", w -> {
            w.breakout();
            return breakouts.projectorOverview(w.projectorSecret());
        });
    }

    // ---------------------------------------------------------------- the live room and joining it

    private void rooms() {
        RoomService rooms = s(RoomService.class);
        staff("RoomService.setGuestsAllowed(long,boolean)", FACILITATORS,
                w -> rooms.setGuestsAllowed(w.gathering(), false));
        staff("RoomService.guests(long)", FACILITATORS, w -> rooms.guests(w.gathering()));
        staff("RoomService.removeGuest(long,long)", FACILITATORS,
                w -> rooms.removeGuest(w.gathering(), w.otherGuest()));
        add(room("RoomService.mayStay(long)", IN_THE_ROOM, w -> rooms.mayStay(w.gathering()))
                .filtering(Boolean.FALSE::equals));
        staff("RoomService.renewJoinCode(long)", FACILITATORS, w -> rooms.renewJoinCode(w.gathering()));
        staff("RoomService.setJoiningOpen(long,boolean)", FACILITATORS,
                w -> rooms.setJoiningOpen(w.gathering(), false));
        // Outsiders are answered as for a gathering that never had a room: nothing, and nobody took part.
        add(room("RoomService.room(long)", IN_THE_ROOM, w -> rooms.room(w.gathering()))
                .filtering(state -> state instanceof org.samskab.board.BoardViews.RoomState room
                        && room.equals(org.samskab.board.BoardViews.RoomState.empty(room.gatheringId()))));
        add(room("RoomService.tookPart(long)", IN_THE_ROOM, w -> {
            rooms.room(w.gathering()); // the caller's screen opens the room, and so takes part
            return rooms.tookPart(w.gathering());
        }).filtering(count -> Integer.valueOf(0).equals(count)));
        add(room("RoomService.whoTookPart(long)", IN_THE_ROOM, w -> {
            rooms.room(w.gathering());
            return rooms.whoTookPart(w.gathering());
        }).filtering(ServiceRows::empty));
        room("RoomService.bringEveryoneHere(long,Long,Long)", FACILITATORS,
                w -> rooms.bringEveryoneHere(w.idea(), null, null));
        staff("RoomService.newProjectorSecret(long)", FACILITATORS, w -> rooms.newProjectorSecret(w.gathering()));
        staff("RoomService.revokeProjectorSecret(long)", FACILITATORS, run(w -> {
            w.projectorSecret();
            rooms.revokeProjectorSecret(w.gathering());
        }));
        key("RoomService.projectorRoom(String)", w -> rooms.projectorRoom(w.projectorSecret()));
        key("RoomService.projectorBoard(String)", w -> rooms.projectorBoard(w.projectorSecret()));
        key("RoomService.joinTarget(String,String)", w -> rooms.joinTarget(w.joinCode(), MatrixWorld.address()));
        key("RoomService.admitGuest(String,String,Language,String)",
                w -> rooms.admitGuest(w.joinCode(), "Gro Guest", Language.ENGLISH, MatrixWorld.address()));
        JoiningService joining = s(JoiningService.class);
        key("JoiningService.arrive(String,String)", w -> joining.arrive(w.joinCode(), MatrixWorld.address()));
        key("JoiningService.joinAsGuest(String,String,Language,String)",
                w -> joining.joinAsGuest(w.joinCode(), "Gro Guest", Language.ENGLISH, MatrixWorld.address()));
    }

    // ---------------------------------------------------------------- gatherings and templates

    private void gatherings() {
        GatheringService gatherings = s(GatheringService.class);
        network("GatheringService.plan(long,GatheringForm)", FACILITATORS, w -> gatherings.plan(w.network(), form()));
        network("GatheringService.update(long,GatheringForm)", FACILITATORS,
                w -> gatherings.update(w.plannedGathering(), form()));
        network("GatheringService.list(long)", MEMBERS, w -> gatherings.list(w.network()));
        network("GatheringService.detail(long)", MEMBERS, w -> gatherings.detail(w.gathering()));
        network("GatheringService.start(long)", FACILITATORS, w -> gatherings.start(w.plannedGathering()));
        network("GatheringService.close(long)", FACILITATORS, w -> gatherings.close(w.gathering()));
        network("GatheringService.publish(long)", FACILITATORS, w -> gatherings.publish(w.closedGathering()));
        network("GatheringService.agenda(long)", MEMBERS, w -> gatherings.agenda(w.gathering()));
        network("GatheringService.addBoard(long,BoardKind,String,String,boolean,List)", FACILITATORS,
                w -> gatherings.addBoard(w.gathering(), BoardKind.IDEA_BOARD, "More ideas", "", false,
                        List.of("Ideas")));
        network("GatheringService.addBoard(long,BoardKind,String,String,boolean,boolean,List)", FACILITATORS,
                w -> gatherings.addBoard(w.gathering(), BoardKind.REFLECTION_WALL, "Check-out", "", false, true,
                        List.of()));
        network("GatheringService.renameBoard(long,String,String,boolean)", FACILITATORS,
                w -> gatherings.renameBoard(w.idea(), "Ideas for spring", "", true));
        network("GatheringService.moveBoard(long,int)", FACILITATORS, run(w -> gatherings.moveBoard(w.idea(), 0)));
        network("GatheringService.removeBoard(long)", FACILITATORS, run(w -> gatherings.removeBoard(w.idea())));

        TemplateService templates = s(TemplateService.class);
        network("TemplateService.templates(long)", FACILITATORS, w -> templates.templates(w.network()));
        network("TemplateService.apply(long,BuiltInTemplate)", FACILITATORS,
                w -> templates.apply(w.plannedGathering(), BuiltInTemplate.INSIGHT_GATHERING));
        network("TemplateService.apply(long,long)", FACILITATORS,
                w -> templates.apply(w.plannedGathering(), w.template()));
        network("TemplateService.saveBoard(long,String,String)", FACILITATORS,
                w -> templates.saveBoard(w.idea(), Fixtures.unique("Café"), "A board to start from"));
        network("TemplateService.saveAgenda(long,String,String)", FACILITATORS,
                w -> templates.saveAgenda(w.gathering(), Fixtures.unique("Our day"), "A day to start from"));
        network("TemplateService.delete(long)", FACILITATORS, run(w -> templates.delete(w.template())));

        ActionService actions = s(ActionService.class);
        network("ActionService.record(long,Long,Long,String,Long,LocalDate)", MEMBERS,
                w -> actions.record(w.network(), null, null, "Visit Halden", null, null));
        own("ActionService.mine()", SIGNED_IN, w -> actions.mine());
        own("ActionService.myData()", SIGNED_IN, w -> actions.myData());
        add(own("ActionService.handOverMine()", SIGNED_IN, run(w -> actions.handOverMine())).ownPeople());
        network("ActionService.ofGathering(long)", MEMBERS, w -> actions.ofGathering(w.gathering()));
        network("ActionService.openIn(long)", MEMBERS, w -> actions.openIn(w.network()));
        network("ActionService.conclude(long,ActionStatus,String)", MEMBERS,
                w -> actions.conclude(w.action(), ActionStatus.DONE, "It went well"));
        network("ActionService.change(long,String,long,LocalDate)", MEMBERS,
                w -> actions.change(w.action(), "Visit Halden kommune", w.participantId(), null));
        network("ActionService.carryToWall(long,String,String)", FACILITATORS,
                w -> actions.carryToWall(w.gathering(), "Since last time", "What did you try?"));
        network("ActionSearch.search(long,String,int)", MEMBERS,
                w -> s(ActionSearch.class).search(w.network(), "Halden", 10));
    }

    private static GatheringForm form() {
        Instant start = Instant.now().plus(Duration.ofDays(7));
        return new GatheringForm("Pilot gathering", GatheringKind.WORKSHOP, start, start.plus(Duration.ofHours(3)),
                "Fredrikstad bibliotek", null, null, Set.of());
    }

    // ---------------------------------------------------------------- networks, invitations, accounts

    private void networks() {
        NetworkService networks = s(NetworkService.class);
        own("NetworkService.myNetworks()", SIGNED_IN, w -> networks.myNetworks());
        own("NetworkService.myMemberships()", SIGNED_IN, w -> networks.myMemberships());
        add(own("NetworkService.leaveAllNetworks()", SIGNED_IN, run(w -> networks.leaveAllNetworks())).ownPeople());
        add(network("NetworkService.changeMyOrganisation(long,Long)", MEMBERS,
                run(w -> networks.changeMyOrganisation(w.network(), null))).ownPeople());
        network("NetworkService.network(long)", MEMBERS, w -> networks.network(w.network()));
        network("NetworkService.membersByOrganisation(long,Locale)", MEMBERS,
                w -> networks.membersByOrganisation(w.network(), Locale.ENGLISH));
        network("NetworkService.facilitators(long,Locale)", MEMBERS,
                w -> networks.facilitators(w.network(), Locale.ENGLISH));
        network("NetworkService.organisations(long)", MEMBERS, w -> networks.organisations(w.network()));
        network("NetworkService.addOrganisation(long,String)", COORDINATORS,
                w -> networks.addOrganisation(w.network(), Fixtures.unique("Halden kommune")));
        network("NetworkService.renameOrganisation(long,long,String)", COORDINATORS,
                w -> networks.renameOrganisation(w.network(), w.organisation(), Fixtures.unique("Moss kommune")));
        network("NetworkService.removeOrganisation(long,long)", COORDINATORS,
                run(w -> networks.removeOrganisation(w.network(), w.organisation())));
        network("NetworkService.changeRole(long,long,NetworkRole)", COORDINATORS,
                run(w -> networks.changeRole(w.network(), w.membership(), NetworkRole.FACILITATOR)));
        own("NetworkService.createNetwork(String,String)", SITE_ADMINS,
                w -> networks.createNetwork(Fixtures.unique("Network"), "A network of HR advisers"));
        own("NetworkService.allNetworks()", SITE_ADMINS, w -> networks.allNetworks());

        InvitationService invitations = s(InvitationService.class);
        network("InvitationService.invite(long,String,NetworkRole,Long,Language)", COORDINATORS,
                w -> invitations.invite(w.network(), Fixtures.unique("invited") + "@test.example",
                        NetworkRole.PARTICIPANT, null, Language.ENGLISH));
        add(network("InvitationService.inviteCoordinator(long,String,Language)", SITE_ADMINS,
                w -> invitations.inviteCoordinator(w.network(), Fixtures.unique("coordinator") + "@test.example",
                        Language.ENGLISH))
                .except(GUEST, Outcome.NOT_ALLOWED).except(OTHER_NETWORK, Outcome.NOT_ALLOWED));
        network("InvitationService.renew(long,long,Language)", COORDINATORS,
                w -> invitations.renew(w.network(), w.invitation().id(), Language.ENGLISH));
        network("InvitationService.revoke(long,long)", COORDINATORS,
                run(w -> invitations.revoke(w.network(), w.invitation().id())));
        network("InvitationService.openInvitations(long)", COORDINATORS,
                w -> invitations.openInvitations(w.network()));
        own("InvitationService.validForDays()", ANYONE, w -> invitations.validForDays());
        key("InvitationService.preview(String)", w -> invitations.preview(w.invitationToken()));
        key("InvitationService.accept(String,String,Long,Language,String)", w -> invitations
                .accept(w.invitationToken(), "Nina Newcomer", null, Language.ENGLISH, Fixtures.PASSWORD));

        MemberService members = s(MemberService.class);
        own("MemberService.myProfile()", SIGNED_IN, w -> members.myProfile());
        add(own("MemberService.updateMyProfile(String,Language)", SIGNED_IN,
                w -> members.updateMyProfile("Pål Participant", Language.ENGLISH)).ownPeople());
        add(own("MemberService.changeMyLanguage(Language)", SIGNED_IN,
                w -> members.changeMyLanguage(Language.DANISH)).ownPeople());
        // A guest signs in by the gathering's code only: it has no password to change.
        add(own("MemberService.changeMyPassword(String,String)", roles(SITE_ADMIN, COORDINATOR, FACILITATOR,
                PARTICIPANT, OTHER_NETWORK),
                run(w -> members.changeMyPassword(Fixtures.PASSWORD,
                        "a-new-horse-battery-43")))
                .ownPeople());

        AccountService accounts = s(AccountService.class);
        own("AccountService.myData()", SIGNED_IN, w -> accounts.myData());
        add(own("AccountService.deleteMyAccount(String)", roles(SITE_ADMIN, COORDINATOR, FACILITATOR, PARTICIPANT,
                OTHER_NETWORK),
                run(w -> accounts.deleteMyAccount(Fixtures.PASSWORD))).ownPeople());
    }

    // ---------------------------------------------------------------- the network's memory

    private void memory() {
        network("ArchiveService.entries(long,Locale)", MEMBERS,
                w -> s(ArchiveService.class).entries(w.network(), Locale.ENGLISH));
        network("ArchiveService.glance(long,Locale)", MEMBERS,
                w -> s(ArchiveService.class).glance(w.publishedGathering(), Locale.ENGLISH));
        network("HarvestService.harvest(long,Locale)", MEMBERS,
                w -> s(HarvestService.class).harvest(w.publishedGathering(), Locale.ENGLISH));
        network("HarvestExports.pdf(long,Locale)", MEMBERS,
                w -> s(HarvestExports.class).pdf(w.publishedGathering(), Locale.ENGLISH));
        network("HarvestExports.markdown(long,Locale)", MEMBERS,
                w -> s(HarvestExports.class).markdown(w.publishedGathering(), Locale.ENGLISH));
        network("HarvestExports.csv(long,Locale)", MEMBERS,
                w -> s(HarvestExports.class).csv(w.publishedGathering(), Locale.ENGLISH));
        network("SearchService.search(long,String,Locale)", MEMBERS,
                w -> s(SearchService.class).search(w.network(), "Friday", Locale.ENGLISH));
    }

    // ---------------------------------------------------------------- building rows

    private Row room(String signature, Set<Role> allowed, Call call) {
        return add(new Row(signature, allowed, Scope.ROOM, false, Map.of(), null, call));
    }

    /**
     * Running the gathering's room (its guests, code, projector, breakouts): the network's staff only. A guest of
     * the gathering is outside the network, and told "not found" as any outsider is.
     */
    private Row staff(String signature, Set<Role> allowed, Call call) {
        return add(new Row(signature, allowed, Scope.ROOM, false, Map.of(GUEST, Outcome.NOT_FOUND), null, call));
    }

    private Row network(String signature, Set<Role> allowed, Call call) {
        return add(new Row(signature, allowed, Scope.NETWORK, false, Map.of(), null, call));
    }

    private Row own(String signature, Set<Role> allowed, Call call) {
        return add(new Row(signature, allowed, Scope.OWN, false, Map.of(), null, call));
    }

    private Row key(String signature, Call call) {
        return add(new Row(signature, ANYONE, Scope.KEY, false, Map.of(), null, call));
    }

    /** Adds a row, or puts a changed row (one with exceptions) in the place of the one it was made from. */
    private Row add(Row row) {
        rows.removeIf(existing -> existing.signature().equals(row.signature()));
        rows.add(row);
        return row;
    }

    /** An operation that returns nothing. */
    @FunctionalInterface
    private interface Action {
        void on(MatrixWorld world);
    }

    private static Call run(Action action) {
        return w -> {
            action.on(w);
            return null;
        };
    }

    private static boolean empty(@Nullable Object result) {
        return result == null || (result instanceof Collection<?> c && c.isEmpty())
                || (result instanceof Map<?, ?> m && m.isEmpty());
    }
}
