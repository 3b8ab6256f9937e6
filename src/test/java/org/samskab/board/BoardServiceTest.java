package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.samskab.Refusals.refused;
import static org.samskab.board.Room.note;
import static org.samskab.board.Room.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.base.TextRules.TranslatedArgument;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.member.MemberService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The board engine through its only door, on MariaDB: notes and their text rules, who may change what, anonymity,
 * other networks, ordering, sections, the change log and the events announced after commit.
 */
@IntegrationTest
class BoardServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardService boards;
    @Autowired
    NoteService noteService;
    @Autowired
    BoardReader boardReader;
    @Autowired
    SectionService sectionService;
    @Autowired
    VotingService votingService;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    BoardEventRecorder recorder;

    // ------------------------------------------------------------------------------------------------ notes

    @Test
    void aParticipantAddsEditsRecoloursAndDeletesTheirOwnNote() {
        Room room = room(false);

        NoteState added = add(room.pia(), room, room.first(), "  More walks between the towns  ");
        assertThat(added.text()).isEqualTo("More walks between the towns");
        assertThat(added.colour()).isEqualTo(NoteColour.YELLOW);
        assertThat(added.authorName()).isEqualTo(Room.PIA);
        assertThat(added.anonymous()).isFalse();
        assertThat(added.sectionId()).isEqualTo(room.first());
        BoardSnapshot seenByPer = open(room.per(), room);
        assertThat(note(seenByPer, added.id())).isEqualTo(added);
        assertThat(seenByPer.myNoteIds()).doesNotContain(added.id());
        assertThat(open(room.pia(), room).myNoteIds()).containsExactly(added.id());

        NoteState edited = fixtures.as(room.pia(),
                () -> noteService.editNote(added.id(), added.version(), "More walks, and a shared bus pass"));
        assertThat(edited.text()).isEqualTo("More walks, and a shared bus pass");
        assertThat(edited.version()).isEqualTo(added.version() + 1);
        assertThat(note(open(room.per(), room), added.id()).text()).isEqualTo("More walks, and a shared bus pass");

        NoteState recoloured = fixtures.as(room.pia(), () -> noteService.recolourNote(added.id(), NoteColour.GREEN));
        assertThat(recoloured.colour()).isEqualTo(NoteColour.GREEN);
        assertThat(note(open(room.per(), room), added.id()).colour()).isEqualTo(NoteColour.GREEN);

        fixtures.as(room.pia(), () -> noteService.deleteNote(added.id()));
        assertThat(open(room.per(), room).notes()).isEmpty();
        assertThat(open(room.pia(), room).myNoteIds()).isEmpty();
    }

    @Test
    void aParticipantCannotEditRecolourOrDeleteSomeoneElsesNote() {
        Room room = room(false);
        NoteState piasNote = add(room.pia(), room, room.first(), "Pia's idea");
        long revision = open(room.pia(), room).revision();

        fixtures.as(room.per(), () -> {
            assertThatThrownBy(() -> noteService.editNote(piasNote.id(), piasNote.version(), "Per's now"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> noteService.recolourNote(piasNote.id(), NoteColour.PINK))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> noteService.deleteNote(piasNote.id()))
                    .isInstanceOf(PermissionDeniedException.class);
        });

        BoardSnapshot after = open(room.pia(), room);
        assertThat(note(after, piasNote.id())).isEqualTo(withRevision(piasNote, revision));
        assertThat(after.revision()).isEqualTo(revision);
        assertThat(changeCount(room)).isEqualTo(revision);
    }

    @Test
    void facilitatorsAndCoordinatorsMayEditRecolourAndDeleteAnyNote() {
        Room room = room(false);
        NoteState first = add(room.pia(), room, room.first(), "Pia's first");
        NoteState second = add(room.per(), room, room.first(), "Per's second");

        NoteState byFacilitator = fixtures.as(room.facilitator(),
                () -> noteService.editNote(first.id(), first.version(), "Tidied by the facilitator"));
        NoteState byCoordinator = fixtures.as(room.coordinator(),
                () -> noteService.editNote(second.id(), second.version(), "Tidied by the coordinator"));
        fixtures.as(room.facilitator(), () -> noteService.recolourNote(second.id(), NoteColour.BLUE));
        fixtures.as(room.coordinator(), () -> noteService.recolourNote(first.id(), NoteColour.ORANGE));

        BoardSnapshot seen = open(room.per(), room);
        assertThat(note(seen, first.id()).text()).isEqualTo("Tidied by the facilitator");
        assertThat(note(seen, first.id()).colour()).isEqualTo(NoteColour.ORANGE);
        assertThat(note(seen, second.id()).text()).isEqualTo("Tidied by the coordinator");
        assertThat(note(seen, second.id()).colour()).isEqualTo(NoteColour.BLUE);
        // Moderating does not take the note over: it stays its author's.
        assertThat(byFacilitator.authorName()).isEqualTo(Room.PIA);
        assertThat(byCoordinator.authorName()).isEqualTo(Room.PER);
        assertThat(open(room.pia(), room).myNoteIds()).containsExactly(first.id());

        fixtures.as(room.facilitator(), () -> noteService.deleteNote(first.id()));
        fixtures.as(room.coordinator(), () -> noteService.deleteNote(second.id()));
        assertThat(open(room.per(), room).notes()).isEmpty();
    }

    @Test
    void emptyAndBlankNotesAreRefused() {
        Room room = room(false);
        NoteState kept = add(room.pia(), room, room.first(), "Keep me");

        fixtures.as(room.pia(), () -> {
            for (String empty : new String[] {null, "", "   ", "\n\n", " \t \r\n "}) {
                assertThat(refused(() -> noteService.addNote(room.boardId(), room.first(), empty, null, false),
                        "validation.required").messageArguments())
                        .containsExactly(new TranslatedArgument("field.note"));
                refused(() -> noteService.editNote(kept.id(), kept.version(), empty), "validation.required");
            }
        });
        assertThat(open(room.pia(), room).notes()).extracting(NoteState::text).containsExactly("Keep me");
    }

    @Test
    void aNoteLongerThan500CharactersIsRefusedWithTheLimit() {
        Room room = room(false);
        NoteState kept = add(room.pia(), room, room.first(), "Short");

        fixtures.as(room.pia(), () -> {
            for (String tooLong : List.of("a".repeat(501), "🌱".repeat(501), "æ".repeat(500) + "!")) {
                assertThat(refused(() -> noteService.addNote(room.boardId(), room.first(), tooLong, null, false),
                        "validation.too-long").messageArguments())
                        .containsExactly(new TranslatedArgument("field.note"), 500);
                assertThat(
                        refused(() -> noteService.editNote(kept.id(), kept.version(), tooLong), "validation.too-long")
                                .messageArguments())
                        .containsExactly(new TranslatedArgument("field.note"), 500);
            }
        });
        assertThat(open(room.pia(), room).notes()).extracting(NoteState::text).containsExactly("Short");
    }

    @Test
    void exactly500CharactersAreAcceptedEvenWhenTheyAreEmojiAndSurviveTheDatabase() {
        Room room = room(false);
        // 500 code points, but 1000 UTF-16 units and 2000 bytes in utf8mb4.
        String emoji = "🌱".repeat(500);
        String mixed500 = "🙂".repeat(250) + "ø".repeat(249) + "✓";
        assertThat(mixed500.codePointCount(0, mixed500.length())).isEqualTo(500);
        assertThat(mixed500.length()).isEqualTo(750);

        NoteState first = add(room.pia(), room, room.first(), emoji);
        NoteState second = add(room.pia(), room, room.first(), "x");
        NoteState edited = fixtures.as(room.pia(), () -> noteService.editNote(second.id(), second.version(), mixed500));

        assertThat(first.text()).isEqualTo(emoji);
        assertThat(edited.text()).isEqualTo(mixed500);
        BoardSnapshot reopened = open(room.per(), room);
        assertThat(note(reopened, first.id()).text()).isEqualTo(emoji);
        assertThat(note(reopened, second.id()).text()).isEqualTo(mixed500);
        assertThat(jdbc.queryForObject("select text from note where id = ?", String.class, first.id()))
                .isEqualTo(emoji);
    }

    @Test
    void markupIsRefused() {
        Room room = room(false);
        NoteState kept = add(room.pia(), room, room.first(), "Plain words");

        fixtures.as(room.pia(), () -> {
            for (String markup : List.of("<b>bold</b>", "<script>alert(1)</script>", "hi <img src=x onerror=alert(1)>",
                    "line one\n<a href='https://evil.example'>click</a>", "<!-- hidden -->")) {
                assertThat(refused(() -> noteService.addNote(room.boardId(), room.first(), markup, null, false),
                        "validation.no-markup").messageArguments())
                        .containsExactly(new TranslatedArgument("field.note"));
                refused(() -> noteService.editNote(kept.id(), kept.version(), markup), "validation.no-markup");
            }
        });
        assertThat(open(room.pia(), room).notes()).extracting(NoteState::text).containsExactly("Plain words");
        // A lone comparison is not markup.
        assertThat(add(room.pia(), room, room.first(), "2 < 3 and 5 > 4").text()).isEqualTo("2 < 3 and 5 > 4");
    }

    @Test
    void lineBreaksInsideANoteAreKeptAndWindowsBreaksBecomeUnixOnes() {
        Room room = room(false);

        NoteState added = add(room.pia(), room, room.first(), "\n  First line\nSecond line\r\n\r\nAfter a gap\n\n");
        assertThat(added.text()).isEqualTo("First line\nSecond line\n\nAfter a gap");
        NoteState edited = fixtures.as(room.pia(),
                () -> noteService.editNote(added.id(), added.version(), "One\n\tindented\ntwo"));

        assertThat(edited.text()).isEqualTo("One\n\tindented\ntwo");
        assertThat(note(open(room.per(), room), added.id()).text()).isEqualTo("One\n\tindented\ntwo");
        assertThat(jdbc.queryForObject("select text from note where id = ?", String.class, added.id()))
                .isEqualTo("One\n\tindented\ntwo");
    }

    @Test
    void aDeletedNoteIsGoneFromTheBoardButKeptInTheDatabaseWithItsHistory() {
        Room room = room(false);
        NoteState note = add(room.pia(), room, room.first(), "Soon gone");
        NoteState other = add(room.per(), room, room.first(), "Stays");

        fixtures.as(room.pia(), () -> noteService.deleteNote(note.id()));

        assertThat(open(room.facilitator(), room).notes()).extracting(NoteState::id).containsExactly(other.id());
        Map<String, Object> row = jdbc.queryForMap("select text, deleted_at from note where id = ?", note.id());
        assertThat(row.get("text")).isEqualTo("Soon gone");
        assertThat(row.get("deleted_at")).isNotNull();
        List<ChangeEntry> history = fixtures.as(room.facilitator(), () -> boardReader.history(room.boardId()));
        assertThat(history).filteredOn(e -> Long.valueOf(note.id()).equals(e.noteId()))
                .extracting(e -> e.action().name(), ChangeEntry::memberName)
                .containsExactly(tuple("NOTE_ADDED", Room.PIA),
                        tuple("NOTE_DELETED", Room.PIA));
        // Gone means gone for every path through the door.
        fixtures.as(room.pia(), () -> {
            assertThatThrownBy(() -> noteService.editNote(note.id(), note.version(), "Back?"))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.recolourNote(note.id(), NoteColour.PINK))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.deleteNote(note.id())).isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.moveNote(note.id(), room.second(), null))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.moveNote(other.id(), room.first(), note.id()))
                    .isInstanceOf(ItemNotFoundException.class);
        });
    }

    @Test
    void anonymousNotesAreRefusedWhereTheBoardDoesNotAllowThem() {
        Room room = room(false);

        fixtures.as(room.pia(), () -> refused(
                () -> noteService.addNote(room.boardId(), room.first(), "Quietly", null, true),
                "board.anonymous-not-allowed"));
        fixtures.as(room.coordinator(), () -> refused(
                () -> noteService.addNote(room.boardId(), room.first(), "Even a coordinator", null, true),
                "board.anonymous-not-allowed"));

        assertThat(open(room.pia(), room).notes()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from note where board_id = ?", Long.class, room.boardId()))
                .isZero();
    }

    @Test
    void anAnonymousNoteNamesNobodyToOthersFacilitatorsIncludedButIsStillItsAuthorsOwn() {
        Room room = room(true);
        NoteState anonymous = fixtures.as(room.pia(),
                () -> noteService.addNote(room.boardId(), room.first(), "The meetings run too long", null, true));
        NoteState signed = add(room.pia(), room, room.first(), "Signed by Pia");

        assertThat(anonymous.anonymous()).isTrue();
        assertThat(anonymous.authorName()).isNull();
        for (String viewer : List.of(room.per(), room.facilitator(), room.coordinator())) {
            BoardSnapshot seen = open(viewer, room);
            assertThat(note(seen, anonymous.id()).authorName()).as(viewer).isNull();
            assertThat(note(seen, anonymous.id()).anonymous()).isTrue();
            assertThat(note(seen, signed.id()).authorName()).isEqualTo(Room.PIA);
            assertThat(seen.myNoteIds()).as(viewer).doesNotContain(anonymous.id());
        }
        BoardSnapshot mine = open(room.pia(), room);
        assertThat(mine.myNoteIds()).containsExactlyInAnyOrder(anonymous.id(), signed.id());
        assertThat(note(mine, anonymous.id()).authorName()).isNull();

        // The author may still change it; nobody else but moderators may.
        fixtures.as(room.pia(), () -> noteService.editNote(anonymous.id(), anonymous.version(), "Meetings run long"));
        fixtures.as(room.per(), () -> assertThatThrownBy(() -> noteService.deleteNote(anonymous.id()))
                .isInstanceOf(PermissionDeniedException.class));
        assertThat(note(open(room.per(), room), anonymous.id()).authorName()).isNull();
        // The announced state names nobody either.
        assertThat(recorder.committed(room.boardId())).flatExtracting(BoardChanged::notes)
                .filteredOn(n -> n.id() == anonymous.id()).isNotEmpty().extracting(NoteState::authorName)
                .containsOnlyNulls();
    }

    @Test
    void historyNeverNamesTheAuthorOfAnAnonymousNote() {
        Room room = room(true);
        NoteState anonymous = fixtures.as(room.pia(),
                () -> noteService.addNote(room.boardId(), room.first(), "Nobody listens to the small municipalities",
                        NoteColour.PINK, true));
        fixtures.as(room.pia(), () -> {
            noteService.editNote(anonymous.id(), anonymous.version(), "Nobody listens to small municipalities");
            noteService.recolourNote(anonymous.id(), NoteColour.BLUE);
            noteService.moveNote(anonymous.id(), room.second(), null);
            noteService.deleteNote(anonymous.id());
        });
        add(room.pia(), room, room.first(), "Signed");

        for (String reader : List.of(room.facilitator(), room.coordinator())) {
            List<ChangeEntry> history = fixtures.as(reader, () -> boardReader.history(room.boardId()));
            List<ChangeEntry> aboutIt = history.stream()
                    .filter(e -> Long.valueOf(anonymous.id()).equals(e.noteId())).toList();
            assertThat(aboutIt).extracting(e -> e.action().name()).containsExactly("NOTE_ADDED", "NOTE_EDITED",
                    "NOTE_RECOLOURED", "NOTE_MOVED", "NOTE_DELETED");
            assertThat(aboutIt).extracting(ChangeEntry::memberName).containsOnlyNulls();
            for (ChangeEntry entry : aboutIt) {
                assertThat(String.valueOf(entry.before()) + entry.after()).doesNotContain(Room.PIA)
                        .doesNotContain(room.pia());
            }
            // Pia's signed note is hers by name: only the anonymous one is hidden.
            assertThat(history.getLast().action().name()).isEqualTo("NOTE_ADDED");
            assertThat(history.getLast().memberName()).isEqualTo(Room.PIA);
        }
    }

    // ------------------------------------------------------------------------------------------------ other networks

    @Test
    void aMemberOfAnotherNetworkCanNeitherOpenNorChangeTheBoard() {
        Room room = room(true);
        NoteState note = add(room.pia(), room, room.first(), "Ours");
        String outsider = fixtures.network().coordinator();
        long revision = open(room.pia(), room).revision();

        List<ThrowingCallable> attempts = List.of(
                () -> boardReader.open(room.boardId()),
                () -> boards.summary(room.boardId()),
                () -> boardReader.history(room.boardId()),
                () -> noteService.addNote(room.boardId(), room.first(), "Theirs", null, false),
                () -> noteService.editNote(note.id(), note.version(), "Overwritten"),
                () -> noteService.recolourNote(note.id(), NoteColour.PINK),
                () -> noteService.deleteNote(note.id()),
                () -> noteService.moveNote(note.id(), room.second(), null),
                () -> noteService.moveNoteWithinSection(note.id(), 1),
                () -> sectionService.addSection(room.boardId(), "Outsiders"),
                () -> sectionService.renameSection(room.first(), "Renamed"),
                () -> sectionService.removeSection(room.second()),
                () -> votingService.startVote(room.boardId(), 3, true),
                () -> votingService.endVote(room.boardId()),
                () -> votingService.placeDot(note.id()),
                () -> votingService.removeDot(note.id()),
                () -> votingService.sortByVotes(room.boardId()),
                () -> boards.updateBoard(room.boardId(), "Taken over", null, false),
                () -> boards.removeBoard(room.boardId()));
        fixtures.as(outsider, () -> attemptAll(attempts));
        // Once more while a vote is open, so the vote paths get past "no open vote" if they ever checked it first.
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 3, true));
        fixtures.as(room.pia(), () -> votingService.placeDot(note.id()));
        long duringVote = open(room.pia(), room).revision();
        fixtures.as(outsider, () -> attemptAll(attempts));

        BoardSnapshot after = open(room.pia(), room);
        assertThat(after.revision()).isEqualTo(duringVote).isEqualTo(revision + 2);
        assertThat(after.sections()).extracting(SectionState::title).containsExactly("Keep", "Change", "Try");
        assertThat(after.notes()).extracting(NoteState::text, NoteState::colour, NoteState::sectionId)
                .containsExactly(tuple("Ours", NoteColour.YELLOW, room.first()));
        assertThat(note(after, note.id()).votes()).isEqualTo(1);
        assertThat(after.board().title()).isEqualTo("What should our network give us?");
        assertThat(jdbc.queryForObject("select count(*) from vote where board_id = ?", Long.class, room.boardId()))
                .isEqualTo(1);
    }

    @Test
    void noteAndSectionIdsOfAnotherNetworksBoardCannotBeUsedFromOnesOwnBoard() {
        Room theirs = room(false);
        NoteState theirNote = add(theirs.pia(), theirs, theirs.first(), "Theirs");
        Room ours = room(false);
        NoteState ourNote = add(ours.coordinator(), ours, ours.first(), "Ours");

        fixtures.as(ours.coordinator(), () -> {
            assertThatThrownBy(() -> noteService.addNote(ours.boardId(), theirs.first(), "Planted", null, false))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.addNote(theirs.boardId(), ours.first(), "Planted", null, false))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.moveNote(ourNote.id(), theirs.first(), null))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.moveNote(ourNote.id(), ours.first(), theirNote.id()))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.moveNote(theirNote.id(), ours.first(), null))
                    .isInstanceOf(ItemNotFoundException.class);
        });

        assertThat(open(theirs.pia(), theirs).notes()).extracting(NoteState::id).containsExactly(theirNote.id());
        assertThat(note(open(theirs.pia(), theirs), theirNote.id()).sectionId()).isEqualTo(theirs.first());
        assertThat(open(ours.pia(), ours).notes()).extracting(NoteState::id, NoteState::sectionId)
                .containsExactly(tuple(ourNote.id(), ours.first()));
        assertThat(jdbc.queryForObject("select count(*) from note where section_id = ? and board_id <> ?",
                Long.class, theirs.first(), theirs.boardId())).isZero();
    }

    // ------------------------------------------------------------------------------------------------ ordering

    @Test
    void aNoteMovesToAnotherSectionBeforeAGivenNoteOrToItsEnd() {
        Room room = room(false);
        NoteState a = add(room.pia(), room, room.first(), "A");
        NoteState b = add(room.pia(), room, room.first(), "B");
        NoteState c = add(room.pia(), room, room.second(), "C");
        NoteState d = add(room.pia(), room, room.second(), "D");

        // Any member may group notes, including other people's.
        NoteState moved = fixtures.as(room.per(), () -> noteService.moveNote(a.id(), room.second(), d.id()));
        assertThat(moved.sectionId()).isEqualTo(room.second());
        BoardSnapshot seen = open(room.facilitator(), room);
        assertThat(order(seen, room.first())).containsExactly(b.id());
        assertThat(order(seen, room.second())).containsExactly(c.id(), a.id(), d.id());

        fixtures.as(room.per(), () -> noteService.moveNote(b.id(), room.second(), c.id()));
        fixtures.as(room.per(), () -> noteService.moveNote(d.id(), room.first(), null));
        fixtures.as(room.per(), () -> noteService.moveNote(c.id(), room.first(), null));
        seen = open(room.facilitator(), room);
        assertThat(order(seen, room.first())).containsExactly(d.id(), c.id());
        assertThat(order(seen, room.second())).containsExactly(b.id(), a.id());
        assertThat(seen.notes()).extracting(NoteState::authorName).containsOnly(Room.PIA);

        // "Before" must name a note in the target section.
        fixtures.as(room.per(), () -> assertThatThrownBy(() -> noteService.moveNote(a.id(), room.first(), b.id()))
                .isInstanceOf(ItemNotFoundException.class));
        assertThat(order(open(room.per(), room), room.second())).containsExactly(b.id(), a.id());
    }

    @Test
    void aNoteMovesUpAndDownWithinItsSection() {
        Room room = room(false);
        long a = add(room.pia(), room, room.first(), "A").id();
        long b = add(room.pia(), room, room.first(), "B").id();
        long c = add(room.pia(), room, room.first(), "C").id();
        long d = add(room.pia(), room, room.first(), "D").id();
        long elsewhere = add(room.pia(), room, room.second(), "Elsewhere").id();

        move(room, c, -1);
        assertThat(order(open(room.per(), room), room.first())).containsExactly(a, c, b, d);
        move(room, a, +1);
        assertThat(order(open(room.per(), room), room.first())).containsExactly(c, a, b, d);
        move(room, d, -2);
        assertThat(order(open(room.per(), room), room.first())).containsExactly(c, d, a, b);
        move(room, c, -1); // already first
        move(room, b, +1); // already last
        assertThat(order(open(room.per(), room), room.first())).containsExactly(c, d, a, b);
        move(room, c, +3);
        assertThat(order(open(room.per(), room), room.first())).containsExactly(d, a, b, c);
        assertThat(order(open(room.per(), room), room.second())).containsExactly(elsewhere);
    }

    @Test
    void sixtyMovesIntoTheSameGapKeepTheOrderAcrossRenumbering() {
        Room room = room(false);
        List<Long> expected = new ArrayList<>();
        fixtures.as(room.pia(), () -> {
            for (int i = 0; i < 62; i++) {
                expected.add(noteService.addNote(room.boardId(), room.first(), "Note " + i, null, false).id());
            }
        });
        long anchor = expected.get(1);
        long before = open(room.pia(), room).revision();

        // Each time, the last note goes just before the anchor: into the gap the previous move halved.
        fixtures.as(room.per(), () -> {
            for (int i = 0; i < 60; i++) {
                long moving = expected.removeLast();
                expected.add(expected.indexOf(anchor), moving);
                noteService.moveNote(moving, room.first(), anchor);
                if (i % 10 == 9) {
                    assertThat(order(boardReader.open(room.boardId()), room.first())).as("after %s moves", i + 1)
                            .containsExactlyElementsOf(expected);
                }
            }
        });

        BoardSnapshot seen = open(room.facilitator(), room);
        assertThat(order(seen, room.first())).containsExactlyElementsOf(expected);
        assertThat(seen.notes()).extracting(NoteState::position).isSorted().doesNotHaveDuplicates();
        // The gap was used up and the section renumbered more than once (a renumbering announces every note).
        List<BoardChanged> moves = recorder.committed(room.boardId()).stream().filter(e -> e.revision() > before)
                .toList();
        assertThat(moves).hasSize(60);
        assertThat(moves).filteredOn(e -> e.notes().size() == 62).hasSizeGreaterThanOrEqualTo(2);
        assertThat(seen.revision()).isEqualTo(before + 60);
    }

    // ------------------------------------------------------------------------------------------------ sections

    @Test
    void membersAddAndRenameSections() {
        Room room = room(false);

        SectionState added = fixtures.as(room.pia(), () -> sectionService.addSection(room.boardId(), "  Wild ideas  "));
        assertThat(added.title()).isEqualTo("Wild ideas");
        SectionState renamed = fixtures.as(room.per(), () -> sectionService.renameSection(room.first(), "Keep doing"));
        assertThat(renamed.title()).isEqualTo("Keep doing");

        assertThat(open(room.facilitator(), room).sections()).extracting(SectionState::id, SectionState::title)
                .containsExactly(tuple(room.first(), "Keep doing"),
                        tuple(room.second(), "Change"),
                        tuple(room.sections().get(2), "Try"),
                        tuple(added.id(), "Wild ideas"));
        fixtures.as(room.pia(), () -> {
            refused(() -> sectionService.addSection(room.boardId(), "  "), "validation.required");
            refused(() -> sectionService.renameSection(room.first(), "x".repeat(121)), "validation.too-long");
            refused(() -> sectionService.renameSection(room.first(), "<i>Keep</i>"), "validation.no-markup");
        });
        assertThat(open(room.pia(), room).sections()).extracting(SectionState::title)
                .containsExactly("Keep doing", "Change", "Try", "Wild ideas");
    }

    @Test
    void removingASectionMovesItsNotesToTheEndOfTheFirstRemainingSection() {
        Room room = room(false);
        long third = room.sections().get(2);
        long k1 = add(room.pia(), room, room.first(), "Keep 1").id();
        long c1 = add(room.pia(), room, room.second(), "Change 1").id();
        long c2 = add(room.per(), room, room.second(), "Change 2").id();
        long c3 = add(room.pia(), room, room.second(), "Change 3").id();
        long t1 = add(room.per(), room, third, "Try 1").id();

        fixtures.as(room.facilitator(), () -> sectionService.removeSection(room.second()));
        BoardSnapshot seen = open(room.pia(), room);
        assertThat(seen.sections()).extracting(SectionState::id).containsExactly(room.first(), third);
        assertThat(order(seen, room.first())).containsExactly(k1, c1, c2, c3);
        assertThat(order(seen, third)).containsExactly(t1);

        // Removing the first section hands its notes to the next one.
        fixtures.as(room.coordinator(), () -> sectionService.removeSection(room.first()));
        seen = open(room.pia(), room);
        assertThat(seen.sections()).extracting(SectionState::id).containsExactly(third);
        assertThat(order(seen, third)).containsExactly(t1, k1, c1, c2, c3);
        assertThat(seen.notes()).hasSize(5).extracting(NoteState::position).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from note where board_id = ? and deleted_at is null "
                + "and section_id = ?", Long.class, room.boardId(), third)).isEqualTo(5);
        // A removed section takes nothing more.
        fixtures.as(room.pia(), () -> {
            assertThatThrownBy(() -> noteService.addNote(room.boardId(), room.second(), "Late", null, false))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> noteService.moveNote(k1, room.first(), null))
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> sectionService.renameSection(room.first(), "Back"))
                    .isInstanceOf(ItemNotFoundException.class);
        });
    }

    @Test
    void theLastSectionCannotBeRemoved() {
        Room room = room(false, "Only", "Other");
        long note = add(room.pia(), room, room.second(), "Still here").id();
        fixtures.as(room.facilitator(), () -> sectionService.removeSection(room.first()));
        long revision = open(room.pia(), room).revision();

        fixtures.as(room.facilitator(),
                () -> refused(() -> sectionService.removeSection(room.second()), "board.last-section"));

        BoardSnapshot seen = open(room.pia(), room);
        assertThat(seen.sections()).extracting(SectionState::id).containsExactly(room.second());
        assertThat(order(seen, room.second())).containsExactly(note);
        assertThat(seen.revision()).isEqualTo(revision);
    }

    @Test
    void onlyFacilitatorsAndCoordinatorsRemoveSections() {
        Room room = room(false);
        long note = add(room.pia(), room, room.second(), "Mine").id();

        fixtures.as(room.pia(), () -> assertThatThrownBy(() -> sectionService.removeSection(room.second()))
                .isInstanceOf(PermissionDeniedException.class));
        assertThat(open(room.pia(), room).sections()).hasSize(3);
        assertThat(note(open(room.pia(), room), note).sectionId()).isEqualTo(room.second());

        fixtures.as(room.facilitator(), () -> sectionService.removeSection(room.second()));
        fixtures.as(room.coordinator(), () -> sectionService.removeSection(room.sections().get(2)));
        assertThat(open(room.pia(), room).sections()).extracting(SectionState::id).containsExactly(room.first());
        assertThat(note(open(room.pia(), room), note).sectionId()).isEqualTo(room.first());
    }

    // ------------------------------------------------------------------------------------------------ history

    @Test
    void everyChangeAppendsOneLogEntryWithItsActionAndMemberInRevisionOrder() {
        Room room = room(false);
        NoteState note = add(room.pia(), room, room.first(), "Draft");
        fixtures.as(room.pia(), () -> noteService.editNote(note.id(), note.version(), "Final"));
        fixtures.as(room.facilitator(), () -> noteService.recolourNote(note.id(), NoteColour.PURPLE));
        SectionState added = fixtures.as(room.per(), () -> sectionService.addSection(room.boardId(), "Parked"));
        fixtures.as(room.per(), () -> noteService.moveNote(note.id(), added.id(), null));
        fixtures.as(room.per(), () -> sectionService.renameSection(added.id(), "Parking lot"));
        fixtures.as(room.facilitator(), () -> votingService.startVote(room.boardId(), 2, false));
        fixtures.as(room.pia(), () -> votingService.placeDot(note.id()));
        fixtures.as(room.pia(), () -> votingService.removeDot(note.id()));
        fixtures.as(room.per(), () -> votingService.placeDot(note.id()));
        fixtures.as(room.coordinator(), () -> votingService.endVote(room.boardId()));
        fixtures.as(room.facilitator(), () -> votingService.sortByVotes(room.boardId()));
        fixtures.as(room.coordinator(), () -> sectionService.removeSection(added.id()));
        fixtures.as(room.facilitator(), () -> noteService.deleteNote(note.id()));

        List<Map<String, Object>> rows = jdbc.queryForList("select revision, action, member_id, note_id, section_id "
                + "from board_change where board_id = ? order by id", room.boardId());
        assertThat(rows).extracting(r -> ((Number) r.get("revision")).longValue())
                .containsExactlyElementsOf(range(1, 15));
        assertThat(rows).extracting(r -> (String) r.get("action")).containsExactly("BOARD_CREATED", "NOTE_ADDED",
                "NOTE_EDITED", "NOTE_RECOLOURED", "SECTION_ADDED", "NOTE_MOVED", "SECTION_RENAMED", "VOTE_STARTED",
                "DOT_PLACED", "DOT_REMOVED", "DOT_PLACED", "VOTE_ENDED", "SORTED_BY_VOTES", "SECTION_REMOVED",
                "NOTE_DELETED");
        long coordinator = id(room.coordinator());
        long facilitator = id(room.facilitator());
        long pia = id(room.pia());
        long per = id(room.per());
        assertThat(rows).extracting(r -> ((Number) r.get("member_id")).longValue()).containsExactly(coordinator, pia,
                pia, facilitator, per, per, per, facilitator, pia, pia, per, coordinator, facilitator, coordinator,
                facilitator);
        assertThat(rows.get(5).get("note_id")).isEqualTo(note.id());
        assertThat(rows.get(5).get("section_id")).isEqualTo(added.id());
        assertThat(rows.get(13).get("section_id")).isEqualTo(added.id());

        List<ChangeEntry> history = fixtures.as(room.facilitator(), () -> boardReader.history(room.boardId()));
        assertThat(history).extracting(ChangeEntry::revision).containsExactlyElementsOf(range(1, 15));
        assertThat(history).extracting(ChangeEntry::memberName).containsExactly("Coordinator", Room.PIA, Room.PIA,
                Room.FACILITATOR, Room.PER, Room.PER, Room.PER, Room.FACILITATOR, Room.PIA, Room.PIA, Room.PER,
                "Coordinator", Room.FACILITATOR, "Coordinator", Room.FACILITATOR);
        assertThat(history).extracting(ChangeEntry::at).isSorted();
        BoardSnapshot seen = open(room.pia(), room);
        assertThat(seen.revision()).isEqualTo(15).isEqualTo(seen.board().revision());
        fixtures.as(room.pia(), () -> assertThatThrownBy(() -> boardReader.history(room.boardId()))
                .isInstanceOf(PermissionDeniedException.class));
    }

    @Test
    void theLogKeepsTheStateBeforeAndAfterEachNoteChange() {
        Room room = room(false);
        NoteState added = add(room.pia(), room, room.first(), "Old words");
        NoteState edited =
                fixtures.as(room.pia(), () -> noteService.editNote(added.id(), added.version(), "New words"));
        fixtures.as(room.pia(), () -> noteService.moveNote(added.id(), room.second(), null));
        fixtures.as(room.pia(), () -> noteService.deleteNote(added.id()));

        List<ChangeEntry> history = fixtures.as(room.facilitator(), () -> boardReader.history(room.boardId()));
        ChangeEntry add = entry(history, "NOTE_ADDED");
        assertThat(add.before()).isNull();
        assertThat(read(add.after()).get("text").asString()).isEqualTo("Old words");
        assertThat(read(add.after()).get("authorName").asString()).isEqualTo(Room.PIA);

        ChangeEntry edit = entry(history, "NOTE_EDITED");
        assertThat(edit.noteId()).isEqualTo(added.id());
        assertThat(read(edit.before()).get("text").asString()).isEqualTo("Old words");
        assertThat(read(edit.after()).get("text").asString()).isEqualTo("New words");
        assertThat(read(edit.before()).get("version").asLong()).isEqualTo(added.version());
        assertThat(read(edit.after()).get("version").asLong()).isEqualTo(edited.version());
        assertThat(read(edit.after()).get("revision").asLong()).isEqualTo(edit.revision());

        ChangeEntry move = entry(history, "NOTE_MOVED");
        assertThat(read(move.before()).get("sectionId").asLong()).isEqualTo(room.first());
        assertThat(read(move.after()).get("sectionId").asLong()).isEqualTo(room.second());
        assertThat(move.sectionId()).isEqualTo(room.second());

        ChangeEntry delete = entry(history, "NOTE_DELETED");
        assertThat(read(delete.before()).get("text").asString()).isEqualTo("New words");
        assertThat(delete.after()).isNull();
        assertThat(open(room.pia(), room).revision()).isEqualTo(history.getLast().revision())
                .isEqualTo(delete.revision());
    }

    // ------------------------------------------------------------------------------------------------ events

    @Test
    void aCommittedChangeIsAnnouncedAfterCommitWithTheNewNoteState() {
        Room room = room(false);

        NoteState added = add(room.pia(), room, room.first(), "Announced");
        BoardChanged addedEvent = recorder.committed(room.boardId()).getLast();
        assertThat(addedEvent.revision()).isEqualTo(added.revision());
        assertThat(addedEvent.notes()).containsExactly(added);
        assertThat(addedEvent.removedNoteIds()).isEmpty();
        assertThat(addedEvent.sections()).isNull();
        assertThat(addedEvent.board()).isNull();
        // What was announced is what the database now holds.
        assertThat(open(room.per(), room).notes()).containsExactly(added);

        NoteState edited =
                fixtures.as(room.pia(), () -> noteService.editNote(added.id(), added.version(), "Re-announced"));
        assertThat(recorder.committed(room.boardId()).getLast().notes()).containsExactly(edited);
        assertThat(edited.text()).isEqualTo("Re-announced");

        fixtures.as(room.pia(), () -> noteService.deleteNote(added.id()));
        BoardChanged deleted = recorder.committed(room.boardId()).getLast();
        assertThat(deleted.removedNoteIds()).containsExactly(added.id());
        assertThat(deleted.notes()).isEmpty();
        assertThat(deleted.revision()).isEqualTo(open(room.per(), room).revision());

        SectionState section = fixtures.as(room.per(), () -> sectionService.addSection(room.boardId(), "New column"));
        assertThat(recorder.committed(room.boardId()).getLast().sections()).last().isEqualTo(section);

        // One announcement per change, every one published inside the change's transaction (so listeners wait
        // for its commit), in revision order.
        assertThat(recorder.published(room.boardId())).hasSize(4)
                .allMatch(BoardEventRecorder.Published::inTransaction);
        assertThat(recorder.committed(room.boardId())).extracting(BoardChanged::revision).containsExactly(2L, 3L, 4L,
                5L);
    }

    @Test
    void aRefusedChangeAnnouncesNothingAndLogsNothing() {
        Room room = room(false);
        NoteState note = add(room.pia(), room, room.first(), "Original");
        fixtures.as(room.pia(), () -> noteService.editNote(note.id(), note.version(), "Edited once"));
        int published = recorder.published(room.boardId()).size();
        int committed = recorder.committed(room.boardId()).size();
        long revision = open(room.pia(), room).revision();

        fixtures.as(room.per(), () -> assertThatThrownBy(
                () -> noteService.editNote(note.id(), note.version() + 1, "Per's take"))
                .isInstanceOf(PermissionDeniedException.class));
        fixtures.as(room.pia(), () -> {
            EditConflictException conflict = catchThrowableOfType(EditConflictException.class,
                    () -> noteService.editNote(note.id(), note.version(), "From a stale screen"));
            assertThat(conflict).isNotNull();
            assertThat(conflict.currentText()).isEqualTo("Edited once");
            assertThat(conflict.currentVersion()).isEqualTo(note.version() + 1);
            refused(() -> noteService.editNote(note.id(), note.version() + 1, "y".repeat(501)), "validation.too-long");
            refused(() -> noteService.addNote(room.boardId(), room.first(), "Hidden", null, true),
                    "board.anonymous-not-allowed");
            refused(() -> votingService.placeDot(note.id()), "board.no-open-vote");
            assertThatThrownBy(() -> votingService.startVote(room.boardId(), 3, true))
                    .isInstanceOf(PermissionDeniedException.class);
        });
        fixtures.as(room.facilitator(), () -> refused(() -> votingService.startVote(room.boardId(), 0, true),
                "board.dots-range"));

        assertThat(recorder.published(room.boardId())).hasSize(published);
        assertThat(recorder.committed(room.boardId())).hasSize(committed);
        assertThat(open(room.pia(), room).revision()).isEqualTo(revision);
        assertThat(changeCount(room)).isEqualTo(revision);
        assertThat(note(open(room.pia(), room), note.id()).text()).isEqualTo("Edited once");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Room room(boolean allowAnonymous) {
        return room(allowAnonymous, "Keep", "Change", "Try");
    }

    private Room room(boolean allowAnonymous, String... sections) {
        return Room.create(fixtures, boardReader, allowAnonymous, sections);
    }

    private NoteState add(String email, Room room, long sectionId, String text) {
        return fixtures.as(email, () -> noteService.addNote(room.boardId(), sectionId, text, null, false));
    }

    private BoardSnapshot open(String email, Room room) {
        return fixtures.as(email, () -> boardReader.open(room.boardId()));
    }

    private void move(Room room, long noteId, int steps) {
        fixtures.as(room.per(), () -> noteService.moveNoteWithinSection(noteId, steps));
    }

    private long changeCount(Room room) {
        return jdbc.queryForObject("select count(*) from board_change where board_id = ?", Long.class,
                room.boardId());
    }

    private long id(String email) {
        return members.findByEmail(email).orElseThrow().id();
    }

    private JsonNode read(String value) {
        return json.readTree(value);
    }

    private static ChangeEntry entry(List<ChangeEntry> history, String action) {
        return history.stream().filter(e -> e.action().name().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " in " + history));
    }

    private static List<Long> range(long from, long to) {
        List<Long> values = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            values.add(i);
        }
        return values;
    }

    private static NoteState withRevision(NoteState note, long revision) {
        return new NoteState(note.id(), note.sectionId(), note.text(), note.colour(), note.authorName(),
                note.anonymous(), note.position(), note.version(), note.votes(), revision, note.privatePost(),
                note.resonates(), note.mirror(), note.authorRole(), note.linksTo(), note.roomOnly());
    }

    private static void attemptAll(List<ThrowingCallable> attempts) {
        for (int i = 0; i < attempts.size(); i++) {
            assertThatThrownBy(attempts.get(i)).as("attempt %s", i).isInstanceOf(ItemNotFoundException.class);
        }
    }
}
