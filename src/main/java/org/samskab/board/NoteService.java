package org.samskab.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.TextRules;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.ChangePipeline.Change;
import org.samskab.member.MemberService;
import org.springframework.stereotype.Service;

/** Notes on a board: adding, editing, recolouring, deleting, moving, and linking them to later ones. */
@Service
public class NoteService {

    private static final double MIN_GAP = 1e-6;

    private final NoteRepository notes;
    private final SectionRepository sections;
    private final VoteRepository votes;
    private final NoteLinkRepository links;
    private final ChangePipeline pipeline;
    private final BoardStates states;
    private final MemberService members;
    /** The most notes a board holds (docs/adr/0205): a script cannot fill it, and a projector can still show it. */
    private final int noteLimit;

    NoteService(NoteRepository notes, SectionRepository sections, VoteRepository votes, NoteLinkRepository links,
            ChangePipeline pipeline, BoardStates states, MemberService members,
            @org.springframework.beans.factory.annotation.Value("${samskab.board.note-limit:1000}") int noteLimit) {
        this.noteLimit = noteLimit;
        this.members = members;
        this.notes = notes;
        this.sections = sections;
        this.votes = votes;
        this.links = links;
        this.pipeline = pipeline;
        this.states = states;
    }

    public NoteState addNote(long boardId, long sectionId, String text, @Nullable NoteColour colour,
            boolean anonymous) {
        return addNote(boardId, sectionId, text, colour, anonymous, null);
    }

    public NoteState addNote(long boardId, long sectionId, String text, @Nullable NoteColour colour,
            boolean anonymous, @Nullable NoteMirror mirror) {
        return addNote(boardId, sectionId, text, colour, anonymous, mirror, false);
    }

    /**
     * Adds a note; {@code mirror} marks a coach's mirror in a case clinic (I see / I sense / I feel), and
     * {@code roomOnly} keeps it out of the network's memory (docs/adr/0192).
     */
    public NoteState addNote(long boardId, long sectionId, String text, @Nullable NoteColour colour,
            boolean anonymous, @Nullable NoteMirror mirror, boolean roomOnly) {
        // The author's name is read before the board's lock: it does not depend on the board.
        return pipeline.onBoard(boardId, ChangeAction.NOTE_ADDED, actor -> anonymous ? Optional.<String>empty()
                : members.displayName(actor.memberId()),
                (change, myName) -> {
                    Board board = change.board();
                    BoardRules rules = board.rules();
                    change.require(rules.write(change.actor()));
                    SectionRepository.WithLastPosition found = sections.findWithLastPosition(sectionId)
                            .filter(s -> s.section().getBoardId() == board.getId() && !s.section().isRemoved())
                            .orElseThrow(ItemNotFoundException::new);
                    BoardSection section = found.section();
                    String cleanText = TextRules.requiredMultilineText(text, TextRules.NOTE_MAX, "field.note");
                    change.require(rules.addNote(change.actor(), anonymous));
                    change.require(rules.intoSection(change.actor(), section.getId()));
                    if (mirror != null) {
                        change.require(rules.mirror(change.actor(), section.getStageKey()));
                    }
                    requireRoomFor(board);
                    Note note = new Note(board.getId(), section.getId(), cleanText,
                            colour == null ? NoteColour.YELLOW : colour, change.memberId(),
                            anonymous || board.isPostsAnonymous(), found.lastPosition() + 1, change.now());
                    if (board.isPrivateWriting()) {
                        note.makePrivate();
                    }
                    if (mirror != null) {
                        note.setMirror(mirror);
                    }
                    if (roomOnly) {
                        note.setRoomOnly(true, change.now());
                    }
                    note = notes.saveAndFlush(note);
                    NoteState state = BoardStates.note(note,
                            BoardStates.newNoteContext(board, note, myName.orElse(null), change.actor().groupRole()),
                            change.revision());
                    change.log(note.getId(), section.getId(), null, state)
                            .announceSharedStates(note.isPrivatePost() ? List.of() : List.of(state), List.of());
                    return state;
                });
    }

    /**
     * Saves new text, if the note is still as the member last saw it ({@code expectedVersion}); otherwise refuses
     * with the current text, so two people editing at once never silently lose words.
     */
    public NoteState editNote(long noteId, long expectedVersion, String text) {
        return pipeline.onNote(noteId, ChangeAction.NOTE_EDITED, (change, note) -> {
            change.require(change.board().rules().changeNote(change.actor(), note.getAuthorId()));
            String cleanText = TextRules.requiredMultilineText(text, TextRules.NOTE_MAX, "field.note");
            if (note.getTextVersion() != expectedVersion) {
                throw new EditConflictException(note.getText(), note.getTextVersion());
            }
            return changeNote(change, note, n -> n.edit(cleanText, change.now()));
        });
    }

    public NoteState recolourNote(long noteId, @Nullable NoteColour colour) {
        return pipeline.onNote(noteId, ChangeAction.NOTE_RECOLOURED, (change, note) -> {
            change.require(change.board().rules().changeNote(change.actor(), note.getAuthorId()));
            if (colour == null) {
                throw new InvalidInputException("validation.required",
                        new TextRules.TranslatedArgument("field.colour"));
            }
            return changeNote(change, note, n -> n.recolour(colour, change.now()));
        });
    }

    /** Refuses a note more on a board that holds its most: a clear message, nothing stored. */
    private void requireRoomFor(Board board) {
        if (notes.countActive(board.getId()) >= noteLimit) {
            throw new InvalidInputException("board.full", noteLimit);
        }
    }

    /**
     * Brings a deleted note back, from the board's history (docs/adr/0195): where it was, or at the end of the first
     * section if its own is gone. Facilitators, on a board that is not read-only. Its links and dots stay gone.
     */
    public NoteState restoreDeleted(long noteId) {
        long boardId = pipeline.boardOfNote(noteId);
        return pipeline.onBoard(boardId, ChangeAction.NOTE_UNDELETED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            // A deleted note is visible to nobody: read it directly. A hidden one is the wall's to restore.
            Note note = notes.findById(noteId).orElseThrow(ItemNotFoundException::new);
            if (!note.isDeleted() || note.isHidden() || note.getBoardId() != boardId) {
                throw new ItemNotFoundException();
            }
            requireRoomFor(board);
            List<BoardSection> active = sections.findActive(boardId);
            if (active.stream().noneMatch(s -> s.getId() == note.getSectionId())) {
                BoardSection first = active.getFirst();
                note.place(first.getId(), notes.maxPosition(first.getId()) + 1, change.now());
            }
            note.undelete(change.now());
            notes.saveAndFlush(note);
            NoteState after = states.note(board, note, change.revision());
            change.log(noteId, note.getSectionId(), null, after)
                    .announceSharedStates(note.isPrivatePost() ? List.of() : List.of(after), List.of());
            return after;
        });
    }

    /**
     * Keeps the author's post "for the room only", or gives it back to the network's memory (docs/adr/0192): the
     * room sees it either way; the harvest, the archive, search and exports leave it out while it is kept.
     */
    public NoteState keepForTheRoom(long noteId, boolean roomOnly) {
        return pipeline.onNote(noteId, ChangeAction.NOTE_ROOM_ONLY, (change, note) -> {
            change.require(change.board().rules().keepForTheRoom(change.actor(), note.getAuthorId()));
            return changeNote(change, note, n -> n.setRoomOnly(roomOnly, change.now()));
        });
    }

    /** Applies a checked change to one note's text, colour or keeping, logging it before and after. */
    private NoteState changeNote(Change change, Note note, Consumer<Note> apply) {
        Board board = change.board();
        // Text and colour changes leave names, dots, links and roles as they are: read them once.
        BoardStates.NoteContext context = states.context(board, List.of(note));
        NoteState before = BoardStates.note(note, context, board.getRevision());
        apply.accept(note);
        notes.saveAndFlush(note);
        NoteState after = BoardStates.note(note, context, change.revision());
        change.log(note.getId(), note.getSectionId(), before, after)
                .announceSharedStates(note.isPrivatePost() ? List.of() : List.of(after), List.of());
        return after;
    }

    /** Deletes a note; dots on it go back to who placed them, and its links go with it. */
    public void deleteNote(long noteId) {
        pipeline.onNote(noteId, ChangeAction.NOTE_DELETED, (change, note) -> {
            Board board = change.board();
            change.require(board.rules().changeNote(change.actor(), note.getAuthorId()));
            NoteState before = states.note(board, note, board.getRevision());
            note.delete(change.now());
            notes.saveAndFlush(note);
            long refunded = board.getVoteState() == VoteState.OPEN
                    ? votes.deleteByNoteIdAndRound(noteId, board.getVoteRound()) : 0;
            // The notes that led to it no longer show the link.
            List<NoteLink> touching = board.getKind().linksNotes() ? links.findTouching(noteId) : List.of();
            links.deleteAll(touching);
            links.flush();
            Set<Long> linkingHere = touching.stream().map(NoteLink::getFromNoteId).filter(id -> id != noteId)
                    .collect(Collectors.toSet());
            Map<String, Object> after = new LinkedHashMap<>();
            if (refunded != 0 && board.totalsVisible()) {
                after.put("dotsReturned", refunded);
            }
            if (!touching.isEmpty()) {
                after.put("linksRemoved", linkList(touching));
            }
            change.log(noteId, note.getSectionId(), before, after.isEmpty() ? null : after)
                    .announceShared(notes.findAllById(linkingHere), List.of(note));
            return note;
        });
    }

    /**
     * Moves a note into a section, before another note there, or to its end when {@code beforeNoteId} is null.
     * Any member may group notes; affinity grouping is the group's shared work.
     */
    public NoteState moveNote(long noteId, long sectionId, @Nullable Long beforeNoteId) {
        return pipeline.onNote(noteId, ChangeAction.NOTE_MOVED,
                (change, note) -> move(change, note, sectionId, beforeNoteId));
    }

    /**
     * Moves a note one place up (-1) or down (+1) in its section: the keyboard path for dragging. Up and down
     * among the notes the member sees, not past private or hidden ones, as the section is under the lock.
     */
    public NoteState moveNoteWithinSection(long noteId, int steps) {
        return pipeline.onNote(noteId, ChangeAction.NOTE_MOVED, (change, note) -> {
            List<Note> inSection = new ArrayList<>(notes.findActiveInSection(note.getSectionId()).stream()
                    .filter(n -> n.visibleTo(change.memberId())).toList());
            int current = inSection.indexOf(note);
            inSection.remove(note);
            int target = Math.max(0, Math.min(current + steps, inSection.size()));
            Long before = target < inSection.size() ? inSection.get(target).getId() : null;
            return move(change, note, note.getSectionId(), before);
        });
    }

    private NoteState move(Change change, Note note, long sectionId, @Nullable Long beforeNoteId) {
        Board board = change.board();
        long noteId = note.getId();
        change.require(board.rules().moveNote(change.actor(), note.getAuthorId()));
        BoardSection target = change.activeSection(sectionId);
        change.require(board.rules().intoSection(change.actor(), target.getId()));
        NoteState before = states.note(board, note, board.getRevision());
        List<Note> others = new ArrayList<>(notes.findActiveInSection(target.getId()));
        others.removeIf(n -> n.getId().equals(noteId));
        int index = beforeNoteId == null ? others.size() : indexOf(others, beforeNoteId, change.actor());
        List<Note> renumbered = place(note, target, others, index, change);
        notes.flush();
        List<NoteLink> backwards = linksNotGoingForward(board, note);
        NoteState after = states.note(board, note, change.revision());
        change.log(noteId, target.getId(), before,
                backwards.isEmpty() ? after : Map.of("note", after, "linksRemoved", linkList(backwards)));
        List<Note> changed = new ArrayList<>(renumbered.isEmpty() ? List.of(note) : renumbered);
        // The notes that led here and no longer do show that too.
        backwards.stream().map(NoteLink::getFromNoteId).filter(id -> id != noteId).distinct().map(this::anyNote)
                .filter(n -> !n.isDeleted()).forEach(changed::add);
        change.announceShared(changed, List.of());
        return after;
    }

    /** Where a note goes before {@code beforeNoteId}: only a note the member can see says where, no probing. */
    private static int indexOf(List<Note> others, long beforeNoteId, Actor actor) {
        for (int i = 0; i < others.size(); i++) {
            if (others.get(i).getId().equals(beforeNoteId) && others.get(i).visibleTo(actor.memberId())) {
                return i;
            }
        }
        throw new ItemNotFoundException();
    }

    /** Places the note at {@code index}; returns the section's notes when their gap was used up and all moved. */
    private static List<Note> place(Note note, BoardSection target, List<Note> others, int index, Change change) {
        double position = positionAt(others, index);
        if (!Double.isNaN(position)) {
            note.place(target.getId(), position, change.now());
            return List.of();
        }
        others.add(index, note);
        for (int i = 0; i < others.size(); i++) {
            others.get(i).place(target.getId(), i + 1, change.now());
        }
        return others;
    }

    /** Position for inserting at {@code index} among {@code ordered}; NaN when the gap there is used up. */
    private static double positionAt(List<Note> ordered, int index) {
        if (ordered.isEmpty()) {
            return 1;
        }
        if (index >= ordered.size()) {
            return ordered.getLast().getPosition() + 1;
        }
        double next = ordered.get(index).getPosition();
        double previous = index == 0 ? next - 2 : ordered.get(index - 1).getPosition();
        double middle = (previous + next) / 2;
        return next - middle < MIN_GAP ? Double.NaN : middle;
    }

    // ---------------------------------------------------------------- links

    /**
     * Links a note to a note in a later section of the same board (an observation to the prototype it led to).
     * Any member who may write on the board may link, like grouping: tracing what led where is shared work.
     */
    public NoteState linkNotes(long fromNoteId, long toNoteId) {
        return pipeline.onNote(fromNoteId, ChangeAction.NOTE_LINKED, (change, from) -> {
            Board board = change.board();
            change.require(board.rules().link(change.actor()));
            Note to = change.visibleNote(toNoteId);
            if (from.isPrivatePost() || to.isPrivatePost()) {
                // A private post is its author's until the reveal; a link would show it to others.
                throw new InvalidInputException("board.no-links-while-private");
            }
            if (change.activeSection(to.getSectionId()).getPosition() <= change.activeSection(from.getSectionId())
                    .getPosition()) {
                throw new InvalidInputException("board.link-later-only");
            }
            if (links.existsByFromNoteIdAndToNoteId(fromNoteId, toNoteId)) {
                throw new InvalidInputException("board.already-linked");
            }
            links.saveAndFlush(new NoteLink(board.getId(), fromNoteId, toNoteId, change.memberId(), change.now()));
            return afterLinkChange(change, from, toNoteId);
        });
    }

    public NoteState unlinkNotes(long fromNoteId, long toNoteId) {
        return pipeline.onNote(fromNoteId, ChangeAction.NOTE_UNLINKED, (change, from) -> {
            change.require(change.board().rules().link(change.actor()));
            List<NoteLink> found = links.findByFromNoteIdAndToNoteId(fromNoteId, toNoteId);
            if (found.isEmpty()) {
                throw new ItemNotFoundException();
            }
            links.deleteAll(found);
            links.flush();
            return afterLinkChange(change, from, toNoteId);
        });
    }

    private NoteState afterLinkChange(Change change, Note from, long toNoteId) {
        NoteState after = states.note(change.board(), from, change.revision());
        change.log(from.getId(), from.getSectionId(), null, Map.of("to", toNoteId)).announceShared(List.of(from),
                List.of());
        return after;
    }

    private Note anyNote(long noteId) {
        return notes.findById(noteId).orElseThrow(ItemNotFoundException::new);
    }

    /**
     * After a note moved: removes its links that no longer lead to a later section (a link always points
     * forward), and returns them.
     */
    private List<NoteLink> linksNotGoingForward(Board board, Note moved) {
        if (!board.getKind().linksNotes()) {
            return List.of();
        }
        List<NoteLink> touching = links.findTouching(moved.getId());
        if (touching.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> positions = sections.findActive(board.getId()).stream()
                .collect(Collectors.toMap(BoardSection::getId, BoardSection::getPosition));
        List<NoteLink> backwards = touching.stream().filter(l -> {
            // Bookkeeping, not reading for a member: the other end may be hidden or private.
            Note from = l.getFromNoteId() == moved.getId() ? moved : anyNote(l.getFromNoteId());
            Note to = l.getToNoteId() == moved.getId() ? moved : anyNote(l.getToNoteId());
            // Every section of the board has a position.
            return Objects.requireNonNull(positions.get(to.getSectionId())) <= Objects
                    .requireNonNull(positions.get(from.getSectionId()));
        }).toList();
        links.deleteAll(backwards);
        links.flush();
        return backwards;
    }

    private static List<Map<String, Long>> linkList(List<NoteLink> list) {
        return list.stream().map(l -> Map.of("from", l.getFromNoteId(), "to", l.getToNoteId())).toList();
    }
}
