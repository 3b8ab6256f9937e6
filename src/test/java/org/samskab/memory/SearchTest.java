package org.samskab.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.action.ActionStatus;
import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.FoundNote;
import org.samskab.board.BoardViews.FoundTitle;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteSearch;
import org.samskab.board.NoteService;
import org.samskab.board.RoomService;
import org.samskab.board.WallService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Full-text search over the network's boards (docs/adr/0193): stems in Danish, Norwegian and English, ranks, and
 * finds nothing the boards would not show or the network does not keep. On MariaDB, with the index in memory.
 */
@IntegrationTest
class SearchTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    WallService walls;
    @Autowired
    RoomService rooms;
    @Autowired
    NoteSearch search;
    @Autowired
    Clock clock;
    @Autowired
    SearchService searches;
    @Autowired
    org.samskab.action.ActionService actions;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("searchIndexRepair")
    org.springframework.boot.ApplicationRunner repair;

    @Test
    void aSearchFindsEveryFormOfAWordInDanishNorwegianAndEnglishBestFirst() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        long ideas = board(network, facilitator, "Ideas for the network", "Ways of working");
        long content = fixtures.as(facilitator, () -> boardReader.open(ideas)).sections().getFirst().id();
        fixtures.as(facilitator, () -> {
            noteService.addNote(ideas, content, "Vi vil styrke samarbejdet mellem kommunerne, og samarbejde om "
                    + "rekruttering", null, false);
            noteService.addNote(ideas, content, "Samarbeidet mellom kommunene i Østfold", null, false);
            noteService.addNote(ideas, content, "Mentoring for new HR advisers", null, false);
            noteService.addNote(ideas, content, "Et langt indlæg om mange ting: økonomi, ledelse, trivsel, "
                    + "arbejdsmiljø, og til sidst et samarbejde", null, false);
        });

        assertThat(texts(network, facilitator, "samarbejde")).first().asString()
                .startsWith("Vi vil styrke samarbejdet");
        assertThat(texts(network, facilitator, "samarbejde")).hasSize(2);
        assertThat(texts(network, facilitator, "samarbeid")).containsExactly("Samarbeidet mellom kommunene i Østfold");
        assertThat(texts(network, facilitator, "mentor")).containsExactly("Mentoring for new HR advisers");
        assertThat(texts(network, facilitator, "kommunerne rekruttering")).hasSize(1);
        assertThat(fixtures.as(facilitator, () -> search.search(network.id(), "ways of working", 10)).titles())
                .extracting(FoundTitle::sectionTitle).containsExactly("Ways of working");
        assertThat(fixtures.as(facilitator, () -> search.search(network.id(), "network", 10)).titles())
                .extracting(FoundTitle::boardTitle, FoundTitle::sectionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ideas for the network", null));
        refused(() -> fixtures.as(facilitator, () -> search.search(network.id(), "  ", 10)), "validation.required");
        refused(() -> fixtures.as(facilitator, () -> search.search(network.id(), "x".repeat(201), 10)),
                "validation.too-long");
    }

    @Test
    void nothingIsFoundThatTheBoardsWouldNotShowOrTheNetworkDoesNotKeep() {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String ola = fixtures.member(network, NetworkRole.PARTICIPANT, "Ola Nordmann", null);
        long gathering = fixtures.gathering(network, "Case day", Instant.now(clock), Duration.ofHours(3));
        long ideas = fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Ideas", null, true, List.of("Ideas"))
                    .id();
        });
        long wall = fixtures.as(facilitator, () -> gatherings.addBoard(gathering, BoardKind.REFLECTION_WALL,
                "Wall", null, false, false, List.of("Prompt")).id());
        long section = fixtures.as(ingrid, () -> boardReader.open(ideas)).sections().getFirst().id();
        long prompt = fixtures.as(ingrid, () -> boardReader.open(wall)).sections().getFirst().id();
        fixtures.as(ingrid, () -> {
            noteService.addNote(ideas, section, "Onboarding named", null, false);
            noteService.addNote(ideas, section, "Onboarding anonymous", null, true);
            noteService.addNote(ideas, section, "Onboarding for the room only", null, false, null, true);
            NoteState deleted = noteService.addNote(ideas, section, "Onboarding deleted", null, false);
            noteService.deleteNote(deleted.id());
            NoteState later = noteService.addNote(ideas, section, "Onboarding kept at first", null, false);
            noteService.keepForTheRoom(later.id(), true);
        });
        NoteState hidden = fixtures.as(ingrid, () -> noteService.addNote(wall, prompt, "Onboarding hidden", null,
                false));
        fixtures.as(facilitator, () -> {
            walls.hidePost(hidden.id(), "Not here");
            walls.startPrivateWriting(wall);
        });
        fixtures.as(ingrid, () -> noteService.addNote(wall, prompt, "Onboarding private", null, false));
        TestNetwork elsewhere = fixtures.network();
        String stranger = fixtures.member(elsewhere, NetworkRole.FACILITATOR, "Kari Vik", null);
        long theirs = board(elsewhere, stranger, "Their ideas", "Ideas");
        long theirSection = fixtures.as(stranger, () -> boardReader.open(theirs)).sections().getFirst().id();
        fixtures.as(stranger, () -> noteService.addNote(theirs, theirSection, "Onboarding elsewhere", null, false));

        List<FoundNote> found = fixtures.as(ingrid, () -> search.search(network.id(), "onboarding", 20)).notes();
        assertThat(found).extracting(FoundNote::text)
                .containsExactlyInAnyOrder("Onboarding named", "Onboarding anonymous");
        assertThat(found).filteredOn(n -> n.text().equals("Onboarding anonymous")).extracting(FoundNote::authorName)
                .containsOnlyNulls();
        assertThat(found).filteredOn(n -> n.text().equals("Onboarding named")).extracting(FoundNote::authorName)
                .containsExactly("Ingrid Bakke");
        // Authors are not indexed: nobody is found by name, anonymous or not.
        assertThat(fixtures.as(ingrid, () -> search.search(network.id(), "Ingrid", 20)).notes()).isEmpty();
        assertThat(fixtures.as(stranger, () -> search.search(elsewhere.id(), "onboarding", 20)).notes())
                .extracting(FoundNote::text).containsExactly("Onboarding elsewhere");
        assertThatThrownBy(() -> fixtures.as(stranger, () -> search.search(network.id(), "onboarding", 20)))
                .isInstanceOf(ItemNotFoundException.class);

        // The publish gate: closed and not published, only those who took part find its notes.
        fixtures.as(facilitator, () -> gatherings.close(gathering));
        assertThat(fixtures.as(ola, () -> search.search(network.id(), "onboarding", 20)).notes()).isEmpty();
        assertThat(fixtures.as(ola, () -> search.search(network.id(), "ideas", 20)).titles()).isEmpty();
        assertThat(fixtures.as(ingrid, () -> search.search(network.id(), "onboarding", 20)).notes()).hasSize(2);
        fixtures.as(facilitator, () -> gatherings.publish(gathering));
        assertThat(fixtures.as(ola, () -> search.search(network.id(), "onboarding", 20)).notes()).hasSize(2);
    }

    @Test
    void anIndexThatLostItsDocumentsIsBuiltAgainAsTheServerStarts() throws Exception {
        TestNetwork network = fixtures.network();
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        long ideas = board(network, facilitator, "Ideas", "Ideas");
        long section = fixtures.as(facilitator, () -> boardReader.open(ideas)).sections().getFirst().id();
        fixtures.as(facilitator, () -> noteService.addNote(ideas, section, "Tillid mellem kommunerne", null, false));
        var mapping = org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory);
        mapping.scope(Object.class).workspace().purge();
        mapping.scope(Object.class).workspace().refresh();
        assertThat(texts(network, facilitator, "tillid")).isEmpty();

        repair.run(new org.springframework.boot.DefaultApplicationArguments());

        assertThat(texts(network, facilitator, "tillid")).containsExactly("Tillid mellem kommunerne");
    }

    @Test
    void actionsAreFoundByWhatTheyTryAndWhatHappenedWithinTheNetworkAndThePublishGate() {
        TestNetwork network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", null);
        String ola = fixtures.member(network, NetworkRole.PARTICIPANT, "Ola Nordmann", null);
        long gathering = fixtures.gathering(network, "Pilot gathering", Instant.now(clock), Duration.ofHours(3));
        fixtures.as(mette, () -> gatherings.start(gathering));
        var agreed = fixtures.as(ingrid, () -> actions.record(network.id(), gathering, null,
                "Prøve mentorordninger i samarbejdet med jobcentret", null, null));
        fixtures.as(ingrid, () -> actions.conclude(agreed.id(), ActionStatus.DONE,
                "Parrene mødtes hver uge, og nyansatte blev længere"));
        var ownIdea = fixtures.as(ingrid, () -> actions.record(network.id(), null, null,
                "Invite the job centre to a case clinic", null, null));
        TestNetwork elsewhere = fixtures.network();
        String stranger = fixtures.member(elsewhere, NetworkRole.FACILITATOR, "Kari Vik", null);
        fixtures.as(stranger, () -> actions.record(elsewhere.id(), null, null, "Samarbejde om mentorer", null,
                null));

        SearchService.Found stems = fixtures.as(ola, () -> searches.search(network.id(), "samarbejde mentorordning",
                java.util.Locale.ENGLISH));
        assertThat(stems.actions()).extracting(SearchService.ActionHit::text, SearchService.ActionHit::ownerName,
                SearchService.ActionHit::statusKey, SearchService.ActionHit::gatheringTitle,
                SearchService.ActionHit::href)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(agreed.text(), "Ingrid Bakke", "action.status.done",
                                "Pilot gathering", "gatherings/" + gathering + "/harvest#actions"));
        assertThat(stems.totalActions()).isEqualTo(1);
        // What happened is searched too; the other network's action is not, and its member cannot search here.
        assertThat(fixtures.as(ola, () -> searches.search(network.id(), "nyansatte", java.util.Locale.ENGLISH))
                .actions()).hasSize(1);
        assertThat(fixtures.as(stranger, () -> searches.search(elsewhere.id(), "mentor", java.util.Locale.ENGLISH))
                .actions()).extracting(SearchService.ActionHit::text).containsExactly("Samarbejde om mentorer");
        assertThatThrownBy(() -> fixtures.as(stranger, () -> searches.search(network.id(), "mentor",
                java.util.Locale.ENGLISH))).isInstanceOf(ItemNotFoundException.class);
        // An action of no gathering opens on its owner's own actions page, and on the network's page for others.
        assertThat(fixtures.as(ingrid, () -> searches.search(network.id(), "clinic", java.util.Locale.ENGLISH))
                .actions()).extracting(SearchService.ActionHit::href).containsExactly("actions");
        assertThat(fixtures.as(ola, () -> searches.search(network.id(), "clinic", java.util.Locale.ENGLISH))
                .actions()).extracting(SearchService.ActionHit::href).containsExactly("networks/" + network.id());
        assertThat(ownIdea.gatheringId()).isNull();

        // Closed and not published: only those who took part find what the gathering agreed, and no count says it.
        fixtures.as(mette, () -> gatherings.close(gathering));
        SearchService.Found withheld = fixtures.as(ola, () -> searches.search(network.id(), "mentorordning",
                java.util.Locale.ENGLISH));
        assertThat(withheld.actions()).isEmpty();
        assertThat(withheld.totalActions()).isZero();
        // The harvest's list asks the same gate, also for a gathering without boards.
        assertThat(fixtures.as(ola, () -> actions.ofGathering(gathering))).isEmpty();
        assertThat(fixtures.as(mette, () -> actions.ofGathering(gathering))).hasSize(1);
        fixtures.as(mette, () -> gatherings.publish(gathering));
        assertThat(fixtures.as(ola, () -> searches.search(network.id(), "mentorordning", java.util.Locale.ENGLISH))
                .actions()).hasSize(1);
    }

    private long board(TestNetwork network, String facilitator, String title, String section) {
        long gathering = fixtures.gathering(network, "Workshop", Instant.now(clock), Duration.ofHours(2));
        return fixtures.as(facilitator, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, title, null, false, List.of(section)).id();
        });
    }

    private List<String> texts(TestNetwork network, String member, String query) {
        return fixtures.as(member, () -> search.search(network.id(), query, 10)).notes().stream()
                .map(FoundNote::text).toList();
    }
}
