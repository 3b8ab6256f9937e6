package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samskab.Refusals.refused;
import static org.samskab.board.Room.note;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reflection walls on MariaDB, through the board engine's door: default prompts, anonymity as a property of the
 * stored post, private writing and the reveal, "resonates", hiding and restoring, the small-group warning, and
 * who may do what.
 */
@IntegrationTest
class ReflectionWallTest {

    static final String AUTHOR = "Anna Author-Unique";

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    SectionService sectionService;
    @Autowired
    VotingService votingService;
    @Autowired
    WallService wallService;
    @Autowired
    BoardEventRecorder recorder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    /** A wall (anonymous or not) with its coordinator, a facilitator, the author Anna and two participants. */
    record Wall(TestNetwork network, long id, List<Long> prompts, String facilitator, String anna, String pia,
            String per) {

        long first() {
            return prompts.getFirst();
        }
    }

    Wall wall(boolean anonymous) {
        TestNetwork network = fixtures.network();
        long id = fixtures.as(network.coordinator(), () -> boards.createBoard(network.id(), null,
                BoardKind.REFLECTION_WALL, "After the pilot", "Write one reflection per post.", false, anonymous,
                null).id());
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, Room.FACILITATOR, network.sarpsborg());
        String anna = fixtures.member(network, NetworkRole.PARTICIPANT, AUTHOR, network.fredrikstad());
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, Room.PIA, network.fredrikstad());
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, Room.PER, network.sarpsborg());
        List<Long> prompts = fixtures.as(pia, () -> boardReader.open(id)).sections().stream().map(SectionState::id)
                .toList();
        return new Wall(network, id, prompts, facilitator, anna, pia, per);
    }

    NoteState post(String who, Wall wall, String text) {
        return fixtures.as(who, () -> noteService.addNote(wall.id(), wall.first(), text, null, false));
    }

    BoardSnapshot open(String who, Wall wall) {
        return fixtures.as(who, () -> boardReader.open(wall.id()));
    }

    // ------------------------------------------------------------------------------------------------ prompts

    @Test
    void aNewWallHasTheThreeDefaultPromptsInTheCreatorsLanguage() {
        Wall wall = wall(false);
        assertThat(open(wall.pia(), wall).sections()).extracting(SectionState::title)
                .containsExactly("What happened?", "So what?", "Now what?");
        assertThat(open(wall.pia(), wall).board().kind()).isEqualTo(BoardKind.REFLECTION_WALL);
    }

    @Test
    void onlyFacilitatorsChangeTheWallsPrompts() {
        Wall wall = wall(false);
        long revision = open(wall.pia(), wall).revision();
        fixtures.as(wall.pia(), () -> {
            assertThatThrownBy(() -> sectionService.addSection(wall.id(), "My own prompt"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> sectionService.renameSection(wall.first(), "Renamed"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> sectionService.moveSection(wall.first(), 1))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> sectionService.removeSection(wall.first()))
                    .isInstanceOf(PermissionDeniedException.class);
        });
        assertThat(open(wall.pia(), wall).revision()).isEqualTo(revision);

        fixtures.as(wall.facilitator(), () -> {
            sectionService.renameSection(wall.first(), "What did we do?");
            sectionService.addSection(wall.id(), "What do we take home?");
            sectionService.moveSection(wall.prompts().get(2), -2);
        });
        assertThat(open(wall.pia(), wall).sections()).extracting(SectionState::title)
                .containsExactly("Now what?", "What did we do?", "So what?", "What do we take home?");
        fixtures.as(wall.facilitator(), () -> sectionService.removeSection(wall.prompts().get(1)));
        assertThat(open(wall.pia(), wall).sections()).extracting(SectionState::title)
                .containsExactly("Now what?", "What did we do?", "What do we take home?");
    }

    @Test
    void aWallHasNoDotVote() {
        Wall wall = wall(false);
        refused(() -> fixtures.as(wall.facilitator(), () -> votingService.startVote(wall.id(), 3, true)),
                "wall.no-votes");
    }

    // ------------------------------------------------------------------------------------------------ anonymity

    @Test
    void anAnonymousWallsPostsNameNoAuthorToAnyoneElseFacilitatorsIncluded() {
        Wall wall = wall(true);
        // Anna does not ask for anonymity: the wall makes every post anonymous.
        NoteState posted = post(wall.anna(), wall, "I felt unheard in the steering group");
        assertThat(posted.anonymous()).isTrue();
        assertThat(posted.authorName()).isNull();
        NoteState edited = fixtures.as(wall.anna(),
                () -> noteService.editNote(posted.id(), posted.version(),
                        "I felt unheard in the steering group, twice"));
        fixtures.as(wall.anna(), () -> noteService.moveNote(posted.id(), wall.prompts().get(1), null));
        fixtures.as(wall.pia(), () -> wallService.setResonates(posted.id(), true));
        fixtures.as(wall.facilitator(), () -> noteService.moveNote(posted.id(), wall.first(), null));
        assertThat(edited.authorName()).isNull();

        for (String reader : List.of(wall.facilitator(), wall.network().coordinator(), wall.pia())) {
            BoardSnapshot seen = open(reader, wall);
            assertThat(note(seen, posted.id()).authorName()).isNull();
            assertThat(seen.myNoteIds()).doesNotContain(posted.id());
            assertThat(json.writeValueAsString(seen)).doesNotContain(AUTHOR);
        }
        // The author knows it is theirs, and only they.
        assertThat(open(wall.anna(), wall).myNoteIds()).containsExactly(posted.id());

        fixtures.as(wall.facilitator(), () -> wallService.hidePost(posted.id(), "Names a colleague"));
        fixtures.as(wall.facilitator(), () -> wallService.restorePost(posted.id()));
        for (String facilitator : List.of(wall.facilitator(), wall.network().coordinator())) {
            List<ChangeEntry> history = fixtures.as(facilitator, () -> boardReader.history(wall.id()));
            List<ChangeEntry> aboutThePost = history.stream().filter(e -> posted.id() == nullToZero(e.noteId()))
                    .toList();
            assertThat(aboutThePost).extracting(e -> e.action().name()).containsExactly("NOTE_ADDED", "NOTE_EDITED",
                    "NOTE_MOVED", "RESONATED", "NOTE_MOVED", "NOTE_HIDDEN", "NOTE_RESTORED");
            assertThat(aboutThePost).filteredOn(e -> !e.action().name().startsWith("NOTE_HIDDEN")
                    && !e.action().name().startsWith("NOTE_RESTORED")).extracting(ChangeEntry::memberName)
                    .containsOnlyNulls();
            // Everything the history hands out, every record in it, never names the author.
            assertThat(json.writeValueAsString(history)).doesNotContain(AUTHOR);
            assertThat(json.writeValueAsString(fixtures.as(facilitator, () -> wallService.wallStatus(wall.id()))))
                    .doesNotContain(AUTHOR);
        }
        // Nor does anything announced to the live layer.
        assertThat(recorder.published(wall.id())).allSatisfy(
                p -> assertThat(json.writeValueAsString(p.event())).doesNotContain(AUTHOR));
    }

    @Test
    void theAuthorMayEditAndDeleteTheirAnonymousPostAndNobodyElseMay() {
        Wall wall = wall(true);
        NoteState posted = post(wall.anna(), wall, "Too many meetings");
        for (String other : List.of(wall.pia(), wall.facilitator(), wall.network().coordinator())) {
            fixtures.as(other, () -> {
                assertThatThrownBy(() -> noteService.editNote(posted.id(), posted.version(), "Rewritten"))
                        .as(other).isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> noteService.deleteNote(posted.id())).as(other)
                        .isInstanceOf(PermissionDeniedException.class);
            });
        }
        fixtures.as(wall.pia(), () -> assertThatThrownBy(() -> noteService.moveNote(posted.id(), wall.prompts().get(1),
                null)).isInstanceOf(PermissionDeniedException.class));
        assertThat(note(open(wall.pia(), wall), posted.id()).text()).isEqualTo("Too many meetings");

        NoteState edited = fixtures.as(wall.anna(),
                () -> noteService.editNote(posted.id(), posted.version(), "Too many meetings, too little time"));
        assertThat(note(open(wall.pia(), wall), posted.id()).text()).isEqualTo(edited.text());
        fixtures.as(wall.anna(), () -> noteService.deleteNote(posted.id()));
        assertThat(open(wall.pia(), wall).notes()).isEmpty();
    }

    @Test
    void aNamedWallNamesItsAuthors() {
        Wall wall = wall(false);
        NoteState posted = post(wall.anna(), wall, "We listened well");
        assertThat(note(open(wall.per(), wall), posted.id()).authorName()).isEqualTo(AUTHOR);
    }

    // ------------------------------------------------------------------------------------------------ private writing

    @Test
    void privatePostsAreSeenOnlyByTheirAuthorsUntilTheRevealThenByEveryone() {
        Wall wall = wall(false);
        NoteState before = post(wall.pia(), wall, "Written before private writing");
        fixtures.as(wall.facilitator(), () -> wallService.startPrivateWriting(wall.id()));
        assertThat(open(wall.per(), wall).board().privateWriting()).isTrue();
        NoteState annas = post(wall.anna(), wall, "Anna-private-reflection");
        NoteState pers = post(wall.per(), wall, "Per-private-reflection");
        NoteState facilitators = post(wall.facilitator(), wall, "Frida-private-reflection");
        assertThat(annas.privatePost()).isTrue();

        assertThat(open(wall.anna(), wall).notes()).extracting(NoteState::id)
                .containsExactlyInAnyOrder(before.id(), annas.id());
        assertThat(open(wall.per(), wall).notes()).extracting(NoteState::id)
                .containsExactlyInAnyOrder(before.id(), pers.id());
        // Facilitators see only their own, and how many private posts there are per prompt.
        for (String facilitator : List.of(wall.facilitator(), wall.network().coordinator())) {
            BoardSnapshot seen = open(facilitator, wall);
            assertThat(seen.notes()).extracting(NoteState::text).doesNotContain("Anna-private-reflection",
                    "Per-private-reflection");
            assertThat(seen.wallStatus().privatePostsBySection()).containsEntry(wall.first(), 3);
            assertThat(json.writeValueAsString(fixtures.as(facilitator, () -> boardReader.history(wall.id()))))
                    .doesNotContain("Anna-private-reflection").doesNotContain("Per-private-reflection");
        }
        assertThat(open(wall.facilitator(), wall).notes()).extracting(NoteState::id)
                .containsExactlyInAnyOrder(before.id(), facilitators.id());
        // Nor can anyone else act on a private post they cannot see.
        fixtures.as(wall.per(), () -> {
            assertThatThrownBy(() -> wallService.setResonates(annas.id(), true))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.moveNote(pers.id(), wall.first(), annas.id()))
                    .isInstanceOf(ItemNotFoundException.class);
        });
        fixtures.as(wall.facilitator(), () -> assertThatThrownBy(() -> wallService.hidePost(annas.id(), "Why not"))
                .isInstanceOf(ItemNotFoundException.class));
        // The author's own moves keep a private post private, and a wall links nothing (that would show it).
        fixtures.as(wall.anna(), () -> noteService.moveNote(annas.id(), wall.prompts().get(1), null));
        org.samskab.Refusals.refused(
                () -> fixtures.as(wall.anna(), () -> noteService.linkNotes(before.id(), annas.id())),
                "board.no-links");
        // No announcement carries a private post: the live layer never has it to pass on.
        assertThat(recorder.published(wall.id())).allSatisfy(p -> assertThat(json.writeValueAsString(p.event()))
                .doesNotContain("Anna-private-reflection").doesNotContain("Per-private-reflection")
                .doesNotContain("Frida-private-reflection"));

        long revisionBefore = open(wall.pia(), wall).revision();
        fixtures.as(wall.facilitator(), () -> wallService.revealPrivatePosts(wall.id()));

        for (String reader : List.of(wall.pia(), wall.per(), wall.facilitator())) {
            BoardSnapshot seen = open(reader, wall);
            assertThat(seen.notes()).extracting(NoteState::id)
                    .containsExactlyInAnyOrder(before.id(), annas.id(), pers.id(), facilitators.id());
            assertThat(seen.notes()).noneMatch(NoteState::privatePost);
            assertThat(seen.board().privateWriting()).isFalse();
            assertThat(seen.revision()).isEqualTo(revisionBefore + 1);
        }
        // One revision, logged, and announced with every revealed post.
        List<ChangeEntry> history = fixtures.as(wall.facilitator(), () -> boardReader.history(wall.id()));
        assertThat(history.getLast().action().name()).isEqualTo("POSTS_REVEALED");
        assertThat(history.getLast().memberName()).isEqualTo(Room.FACILITATOR);
        assertThat(history.getLast().revision()).isEqualTo(revisionBefore + 1);
        BoardChanged reveal = recorder.committed(wall.id()).getLast();
        assertThat(reveal.revision()).isEqualTo(revisionBefore + 1);
        assertThat(reveal.notes()).extracting(NoteState::id)
                .containsExactlyInAnyOrder(annas.id(), pers.id(), facilitators.id());
        assertThat(reveal.board().privateWriting()).isFalse();
        assertThat(open(wall.facilitator(), wall).wallStatus().privatePosts()).isZero();
        // After the reveal, new posts are shared at once.
        assertThat(post(wall.anna(), wall, "After the reveal").privatePost()).isFalse();
    }

    @Test
    void participantsCannotStartPrivateWritingOrReveal() {
        Wall wall = wall(false);
        fixtures.as(wall.pia(), () -> {
            assertThatThrownBy(() -> wallService.startPrivateWriting(wall.id()))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> wallService.revealPrivatePosts(wall.id()))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> wallService.wallStatus(wall.id())).isInstanceOf(PermissionDeniedException.class);
        });
        assertThat(open(wall.pia(), wall).board().privateWriting()).isFalse();
        assertThat(open(wall.pia(), wall).wallStatus()).isNull();
    }

    // ------------------------------------------------------------------------------------------------ resonates

    @Test
    void eachMemberResonatesOncePerPostAndEveryoneSeesTheCount() {
        Wall wall = wall(true);
        NoteState posted = post(wall.anna(), wall, "We need more time to reflect");
        fixtures.as(wall.pia(), () -> wallService.setResonates(posted.id(), true));
        fixtures.as(wall.pia(), () -> wallService.setResonates(posted.id(), true)); // twice is still once
        NoteState byPer = fixtures.as(wall.per(), () -> wallService.setResonates(posted.id(), true));
        assertThat(byPer.resonates()).isEqualTo(2);
        assertThat(note(open(wall.anna(), wall), posted.id()).resonates()).isEqualTo(2);
        assertThat(open(wall.pia(), wall).myResonates()).containsExactly(posted.id());
        assertThat(open(wall.facilitator(), wall).myResonates()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from note_reaction where note_id = ?", Long.class,
                posted.id())).isEqualTo(2);

        fixtures.as(wall.pia(), () -> wallService.setResonates(posted.id(), false));
        assertThat(note(open(wall.anna(), wall), posted.id()).resonates()).isEqualTo(1);
        assertThat(open(wall.pia(), wall).myResonates()).isEmpty();
        // Not on one's own post.
        refused(() -> fixtures.as(wall.anna(), () -> wallService.setResonates(posted.id(), true)), "wall.resonate-own");
        assertThat(fixtures.as(wall.facilitator(), () -> boardReader.history(wall.id())))
                .extracting(e -> e.action().name())
                .containsSubsequence("RESONATED", "RESONATED", "RESONANCE_WITHDRAWN");
    }

    // ------------------------------------------------------------------------------------------------ hiding

    @Test
    void aFacilitatorHidesAPostWithAReasonAndRestoresIt() {
        Wall wall = wall(false);
        NoteState posted = post(wall.anna(), wall, "Per never does anything");
        NoteState kept = post(wall.pia(), wall, "Good energy today");

        fixtures.as(wall.per(), () -> assertThatThrownBy(() -> wallService.hidePost(posted.id(), "I do!"))
                .isInstanceOf(PermissionDeniedException.class));
        fixtures.as(wall.facilitator(), () -> {
            refused(() -> wallService.hidePost(posted.id(), "   "), "validation.required");
            refused(() -> wallService.hidePost(posted.id(), "x".repeat(WallService.HIDE_REASON_MAX + 1)),
                    "validation.too-long");
        });
        assertThat(open(wall.per(), wall).notes()).extracting(NoteState::id).contains(posted.id());

        fixtures.as(wall.facilitator(), () -> wallService.hidePost(posted.id(), "Blames a named colleague"));
        for (String reader : List.of(wall.per(), wall.anna(), wall.facilitator())) {
            assertThat(open(reader, wall).notes()).extracting(NoteState::id).containsExactly(kept.id());
        }
        // Gone for its author too: nobody acts on it but to restore it.
        fixtures.as(wall.anna(),
                () -> assertThatThrownBy(() -> noteService.editNote(posted.id(), posted.version(), "x"))
                        .isInstanceOf(ItemNotFoundException.class));
        assertThat(recorder.committed(wall.id()).getLast().removedNoteIds()).containsExactly(posted.id());
        var hidden = fixtures.as(wall.facilitator(), () -> wallService.hiddenPosts(wall.id()));
        assertThat(hidden).singleElement().satisfies(h -> {
            assertThat(h.noteId()).isEqualTo(posted.id());
            assertThat(h.reason()).isEqualTo("Blames a named colleague");
            assertThat(h.hiddenBy()).isEqualTo(Room.FACILITATOR);
        });
        fixtures.as(wall.per(), () -> {
            assertThatThrownBy(() -> wallService.hiddenPosts(wall.id())).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> wallService.restorePost(posted.id()))
                    .isInstanceOf(PermissionDeniedException.class);
        });
        ChangeEntry hid = fixtures.as(wall.facilitator(), () -> boardReader.history(wall.id())).getLast();
        assertThat(hid.action().name()).isEqualTo("NOTE_HIDDEN");
        assertThat(hid.memberName()).isEqualTo(Room.FACILITATOR);
        assertThat(hid.detail()).isEqualTo("Blames a named colleague");

        fixtures.as(wall.network().coordinator(), () -> wallService.restorePost(posted.id()));
        assertThat(open(wall.per(), wall).notes()).extracting(NoteState::id)
                .containsExactlyInAnyOrder(posted.id(), kept.id());
        assertThat(fixtures.as(wall.facilitator(), () -> wallService.hiddenPosts(wall.id()))).isEmpty();
        ChangeEntry restored = fixtures.as(wall.facilitator(), () -> boardReader.history(wall.id())).getLast();
        assertThat(restored.action().name()).isEqualTo("NOTE_RESTORED");
        assertThat(restored.memberName()).isEqualTo("Coordinator");
        assertThat(recorder.committed(wall.id()).getLast().notes()).extracting(NoteState::id)
                .containsExactly(posted.id());
    }

    // ------------------------------------------------------------------------------------------------ small groups

    @Test
    void facilitatorsAreWarnedWhileFewerThanFivePeoplePostOnAnAnonymousWall() {
        Wall wall = wall(true);
        assertThat(open(wall.facilitator(), wall).wallStatus().anonymityWeak()).isFalse(); // nobody yet
        post(wall.anna(), wall, "One");
        post(wall.anna(), wall, "One again"); // the same person
        post(wall.pia(), wall, "Two");
        assertThat(open(wall.facilitator(), wall).wallStatus().anonymityWeak()).isTrue();
        assertThat(open(wall.facilitator(), wall).wallStatus().posters()).isEqualTo(2);
        assertThat(open(wall.pia(), wall).wallStatus()).isNull(); // participants are not told

        List<String> more = new ArrayList<>(List.of(wall.per(), wall.facilitator()));
        more.add(fixtures.member(wall.network(), NetworkRole.PARTICIPANT, "Eva Extra", null));
        post(more.get(0), wall, "Three");
        post(more.get(1), wall, "Four");
        assertThat(open(wall.facilitator(), wall).wallStatus().anonymityWeak()).isTrue();
        post(more.get(2), wall, "Five");
        assertThat(open(wall.facilitator(), wall).wallStatus().posters()).isEqualTo(5);
        assertThat(open(wall.facilitator(), wall).wallStatus().anonymityWeak()).isFalse();
    }

    @Test
    void aNamedWallNeedsNoAnonymityWarning() {
        Wall wall = wall(false);
        post(wall.anna(), wall, "One");
        assertThat(open(wall.facilitator(), wall).wallStatus().anonymityWeak()).isFalse();
    }

    private static long nullToZero(Long value) {
        return value == null ? 0 : value;
    }
}
