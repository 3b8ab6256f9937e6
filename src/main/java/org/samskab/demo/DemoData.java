package org.samskab.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.samskab.base.Language;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.FacilitationService;
import org.samskab.board.GroupRole;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.board.VotingService;
import org.samskab.board.WallService;
import org.samskab.gathering.GatheringForm;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.TemplateService;
import org.samskab.member.MemberService;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.NetworkSummary;
import org.samskab.network.NetworkViews.OrganisationSummary;
import org.samskab.security.CurrentMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Seeds "HR Learning Network Østfold" once: five municipalities and the county, a coordinator, two facilitators
 * and eight participants, a past insight gathering (an idea board, an anonymous reflection wall and a Theory U
 * canvas, saved as the network's template) and an upcoming pilot gathering (an idea board and a case clinic). It
 * goes through the same services, invitations and checks a real coordinator would, so the demo cannot drift from
 * what the portal really does.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String NETWORK = "HR Learning Network Østfold";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record Person(String email, String name, NetworkRole role, String organisation, Language language) {
    }

    private static final List<String> ORGANISATIONS = List.of("Fredrikstad kommune", "Halden kommune",
            "Moss kommune", "Sarpsborg kommune", "Indre Østfold kommune", "Østfold fylkeskommune");

    private static final List<Person> PEOPLE = List.of(
            new Person("kari@samskab.example", "Kari Nordmann", NetworkRole.COORDINATOR, "Østfold fylkeskommune",
                    Language.NORWEGIAN_BOKMAL),
            new Person("mette@samskab.example", "Mette Sørensen", NetworkRole.FACILITATOR, "Østfold fylkeskommune",
                    Language.DANISH),
            new Person("ola@samskab.example", "Ola Haugen", NetworkRole.FACILITATOR, "Sarpsborg kommune",
                    Language.NORWEGIAN_BOKMAL),
            new Person("ingrid@samskab.example", "Ingrid Bakke", NetworkRole.PARTICIPANT, "Sarpsborg kommune",
                    Language.NORWEGIAN_BOKMAL),
            new Person("jonas@samskab.example", "Jonas Lie", NetworkRole.PARTICIPANT, "Fredrikstad kommune",
                    Language.NORWEGIAN_BOKMAL),
            new Person("sofie@samskab.example", "Sofie Åsheim", NetworkRole.PARTICIPANT, "Fredrikstad kommune",
                    Language.ENGLISH),
            new Person("emil@samskab.example", "Emil Strand", NetworkRole.PARTICIPANT, "Halden kommune",
                    Language.NORWEGIAN_BOKMAL),
            new Person("nora@samskab.example", "Nora Dahl", NetworkRole.PARTICIPANT, "Moss kommune",
                    Language.NORWEGIAN_BOKMAL),
            new Person("lars@samskab.example", "Lars Berg", NetworkRole.PARTICIPANT, "Moss kommune",
                    Language.ENGLISH),
            new Person("hanne@samskab.example", "Hanne Øye", NetworkRole.PARTICIPANT, "Indre Østfold kommune",
                    Language.NORWEGIAN_BOKMAL),
            new Person("per@samskab.example", "Per Lund", NetworkRole.PARTICIPANT, "Indre Østfold kommune",
                    Language.ENGLISH));

    private final NetworkService networks;
    private final InvitationService invitations;
    private final GatheringService gatherings;
    private final BoardReader boardReader;
    private final NoteService noteService;
    private final VotingService votingService;
    private final WallService wallService;
    private final FacilitationService facilitationService;
    private final TemplateService templates;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final Environment environment;
    private final String adminEmail;
    private final String password;

    DemoData(NetworkService networks, InvitationService invitations, GatheringService gatherings,
            BoardReader boardReader, NoteService noteService, VotingService votingService, WallService wallService,
            FacilitationService facilitationService, TemplateService templates, MemberService members,
            CurrentMember currentMember, Environment environment,
            @Value("${samskab.admin.email:}") String adminEmail, @Value("${samskab.demo.password}") String password) {
        this.networks = networks;
        this.invitations = invitations;
        this.gatherings = gatherings;
        this.members = members;
        this.currentMember = currentMember;
        this.environment = environment;
        this.boardReader = boardReader;
        this.noteService = noteService;
        this.votingService = votingService;
        this.wallService = wallService;
        this.facilitationService = facilitationService;
        this.templates = templates;
        this.adminEmail = adminEmail;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The demo profile must never run together with prod");
        }
        if (adminEmail.isBlank() || networks.networkExists(NETWORK)) {
            return;
        }
        Person coordinator = PEOPLE.getFirst();
        long networkId = currentMember.runAs(adminEmail, () -> {
            NetworkSummary network = networks.createNetwork(NETWORK,
                    "HR advisers from five municipalities and the county learn together: insight gatherings, "
                            + "pilot gatherings and action learning, with Theory U as the frame.");
            join(invitations.inviteCoordinator(network.id(), coordinator.email(), Language.ENGLISH).link(),
                    coordinator, null);
            return network.id();
        });
        currentMember.runAs(coordinator.email(), () -> {
            Map<String, Long> organisationIds = new java.util.HashMap<>();
            for (String name : ORGANISATIONS) {
                OrganisationSummary organisation = networks.addOrganisation(networkId, name);
                organisationIds.put(name, organisation.id());
            }
            networks.changeMyOrganisation(networkId, organisationIds.get(coordinator.organisation()));
            for (Person person : PEOPLE.subList(1, PEOPLE.size())) {
                Long organisationId = organisationIds.get(person.organisation());
                join(invitations.invite(networkId, person.email(), person.role(), organisationId, Language.ENGLISH)
                        .link(), person, organisationId);
            }
            planGatherings(networkId);
            return null;
        });
        log.info("Seeded the demo network '{}' with {} members and two gatherings", NETWORK, PEOPLE.size());
    }

    /**
     * The network's first gathering took place three weeks ago: eight participants from six organisations said
     * what the network should give them. The first pilot gathering is three weeks ahead. Runs as the coordinator.
     */
    private void planGatherings(long networkId) {
        Set<Long> facilitators = Set.of(memberId("mette@samskab.example"), memberId("ola@samskab.example"));
        LocalDate today = LocalDate.now(ZoneId.systemDefault());

        long insight = gatherings.plan(networkId, new GatheringForm("Insight gathering",
                GatheringKind.INSIGHT_GATHERING, at(today.minusDays(21), 9, 0), at(today.minusDays(21), 15, 0),
                "Østfold fylkeskommune, Sarpsborg", null,
                "Innsiktssamling: 8 participants from 6 municipalities described what the network should give "
                        + "them.\nWe listen first, and decide what to pilot at the next gathering.",
                facilitators)).id();
        long insightBoard = gatherings.addBoard(insight, BoardKind.IDEA_BOARD, "What should our network give us?",
                "One idea per note. Think of your own workplace.", true,
                List.of("Content", "Ways of working", "Organisation")).id();
        // The demo's texts are English, so the wall's prompts are given in English rather than Kari's language.
        long insightWall = gatherings.addBoard(insight, BoardKind.REFLECTION_WALL, "Looking back on the day",
                "One reflection per post. Posts on this wall are anonymous.", false, true,
                List.of("What happened?", "So what?", "Now what?")).id();
        long canvas = gatherings.addBoard(insight, BoardKind.THEORY_U_CANVAS, "Our network on the U",
                "Where are we on the U? Add what you notice to the stage it belongs to.", false, List.of()).id();
        gatherings.start(insight);
        fillInsightBoard(insightBoard);
        fillInsightWall(insightWall);
        fillCanvas(canvas);
        gatherings.close(insight);
        // Its facilitators published it to the whole network afterwards (docs/adr/0191).
        gatherings.publish(insight);
        // Saved for the network's next insight gathering: the boards' settings and prompts, not the notes.
        templates.saveAgenda(insight, "Our insight gathering",
                "Our first gathering: ideas for the network, an anonymous reflection wall and our Theory U canvas.");

        long pilot = gatherings.plan(networkId, new GatheringForm("Pilot gathering 1",
                GatheringKind.PILOT_GATHERING, at(today.plusDays(21), 9, 30), at(today.plusDays(21), 15, 0),
                "Fredrikstad bibliotek", "https://meet.example.org/hr-ostfold",
                "We choose the first ideas from the insight gathering to try out at home, and plan how to share "
                        + "what we learn.",
                facilitators)).id();
        gatherings.addBoard(pilot, BoardKind.IDEA_BOARD, "Which ideas do we pilot first?",
                "Put the ideas you want to try where they fit.", false,
                List.of("Pilot at home", "Pilot together", "Later"));
        long clinic = gatherings.addBoard(pilot, BoardKind.CASE_CLINIC, "Case clinic: keeping newcomers",
                "Hanne brings the case; four coaches help her see it anew.", false, List.of()).id();
        facilitationService.setGroup(clinic, Map.of(memberId("hanne@samskab.example"), GroupRole.CASE_GIVER,
                memberId("ingrid@samskab.example"), GroupRole.COACH, memberId("jonas@samskab.example"),
                GroupRole.COACH, memberId("nora@samskab.example"), GroupRole.COACH));
        List<Long> steps = boardReader.open(clinic).sections().stream().map(s -> s.id()).toList();
        currentMember.runAs("hanne@samskab.example", () -> noteService.addNote(clinic, steps.get(0),
                "Half of our new HR advisers leave within two years. I want them to stay and grow with us.",
                NoteColour.YELLOW, false));
    }

    /**
     * The network's Theory U canvas after the insight gathering: the group is sensing; an observation already
     * points to the prototype it led to.
     */
    private void fillCanvas(long boardId) {
        List<Long> stages = boardReader.open(boardId).sections().stream().map(s -> s.id()).toList();
        String[][] notes = {
            {"kari", "0", "HR advisers in small municipalities work alone", "YELLOW"},
            {"mette", "0", "We want a network that gives energy, not more meetings", "GREEN"},
            {"ingrid", "1", "Newcomers leave within two years", "PINK"},
            {"jonas", "1", "Nobody shares what did not work", "BLUE"},
            {"lars", "1", "Sick-leave follow-up is done six different ways", "ORANGE"},
            {"nora", "3", "Buddy pairs across municipalities", "GREEN"}};
        List<Long> noteIds = new java.util.ArrayList<>();
        for (String[] note : notes) {
            noteIds.add(currentMember.runAs(note[0] + "@samskab.example", () -> noteService.addNote(boardId,
                    stages.get(Integer.parseInt(note[1])), note[2], NoteColour.valueOf(note[3]), false).id()));
        }
        currentMember.runAs("nora@samskab.example", () -> noteService.linkNotes(noteIds.get(2), noteIds.get(5)));
        facilitationService.setFocus(boardId, stages.get(1));
    }

    /** What the insight gathering produced: notes from the participants, one anonymous, and a finished vote. */
    private void fillInsightBoard(long boardId) {
        List<Long> sections = boardReader.open(boardId).sections().stream().map(s -> s.id()).toList();
        String[][] notes = {
            {"ingrid", "0", "Share cases from our own municipalities", "YELLOW", ""},
            {"jonas", "0", "Short inputs from research on recruitment", "BLUE", ""},
            {"emil", "0", "How others follow up sick leave", "YELLOW", ""},
            {"nora", "1", "Learning cafés between gatherings", "GREEN", ""},
            {"lars", "1", "Buddy pairs across municipalities", "GREEN", ""},
            {"hanne", "1", "Case clinics with a timer, so everyone gets a turn", "ORANGE", ""},
            {"per", "1", "It is hard to say at home what does not work. A safe room here helps.", "PINK", "anonymous"},
            {"sofie", "2", "Rotate who hosts the gathering", "PURPLE", ""},
            {"ingrid", "2", "One shared calendar for the year", "YELLOW", ""}};
        List<Long> noteIds = new java.util.ArrayList<>();
        for (String[] note : notes) {
            noteIds.add(currentMember.runAs(note[0] + "@samskab.example", () -> noteService.addNote(boardId,
                    sections.get(Integer.parseInt(note[1])), note[2], NoteColour.valueOf(note[3]),
                    !note[4].isEmpty()).id()));
        }
        votingService.startVote(boardId, 3, false);
        int[][] dots = {{0, 3, 4}, {3, 5, 6}, {0, 3, 7}, {4, 5, 3}, {0, 6, 3}, {3, 5, 8}, {0, 4, 6}, {5, 3, 1}};
        String[] voters = {"ingrid", "jonas", "sofie", "emil", "nora", "lars", "hanne", "per"};
        for (int i = 0; i < voters.length; i++) {
            int[] mine = dots[i];
            currentMember.runAs(voters[i] + "@samskab.example", () -> {
                for (int note : mine) {
                    votingService.placeDot(noteIds.get(note));
                }
                return null;
            });
        }
        votingService.endVote(boardId);
        votingService.sortByVotes(boardId);
    }

    /** The day's anonymous reflections, and what resonated with others. */
    private void fillInsightWall(long wallId) {
        List<Long> prompts = boardReader.open(wallId).sections().stream().map(s -> s.id()).toList();
        String[][] posts = {
            {"ingrid", "0", "We heard six municipalities describe the same recruitment problem."},
            {"jonas", "0", "The quieter people spoke more in pairs than in the plenary."},
            {"nora", "1", "We are not alone with sick-leave follow-up; others have tried what we are planning."},
            {"hanne", "1", "I hold back in the plenary when my own manager is in the room."},
            {"per", "2", "Bring one real case from home to the pilot gathering."},
            {"lars", "2", "Try buddy pairs before the next gathering, and report back."}};
        List<Long> postIds = new java.util.ArrayList<>();
        for (String[] post : posts) {
            postIds.add(currentMember.runAs(post[0] + "@samskab.example", () -> noteService.addNote(wallId,
                    prompts.get(Integer.parseInt(post[1])), post[2], null, false).id()));
        }
        String[][] resonates = {{"sofie", "3"}, {"emil", "3"}, {"ingrid", "3"}, {"per", "1"}, {"nora", "5"}};
        for (String[] reaction : resonates) {
            currentMember.runAs(reaction[0] + "@samskab.example",
                    () -> wallService.setResonates(postIds.get(Integer.parseInt(reaction[1])), true));
        }
    }

    private long memberId(String email) {
        return members.findByEmail(email).orElseThrow().id();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZoneId.systemDefault()).toInstant();
    }

    private void join(String link, Person person, @Nullable Long organisationId) {
        String token = link.substring(link.lastIndexOf('/') + 1);
        invitations.accept(token, person.name(), organisationId, person.language(), password);
    }
}
