package org.samskab.board;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.base.TextRules;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.GroupMemberState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The board engine's only door. Every change: lock the board row, check the member's right, apply, take the next
 * revision, append to the change log, commit, and then announce {@link BoardChanged} (the live layer listens
 * after commit, so nothing is shown that is not stored).
 * <p>
 * Changes run in READ COMMITTED: under MariaDB's default REPEATABLE READ, a transaction that read anything before
 * it got the board's lock keeps reading that older snapshot after it, and would check a note's version or a
 * member's dots against state the previous lock holder has already changed.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class BoardService {

    public static final int MAX_DOTS = 20;
    public static final int GUIDANCE_MAX = 1000;
    /** A step or countdown lasts at most two hours. */
    public static final int MAX_TIMER_MINUTES = 120;
    private static final double MIN_GAP = 1e-6;

    private final BoardRepository boards;
    private final SectionRepository sections;
    private final NoteRepository notes;
    private final VoteRepository votes;
    private final BoardChangeRepository changes;
    private final NoteLinkRepository links;
    private final GroupMemberRepository groupMembers;
    private final NetworkAccess access;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    BoardService(BoardRepository boards, SectionRepository sections, NoteRepository notes, VoteRepository votes,
            BoardChangeRepository changes, NoteLinkRepository links, GroupMemberRepository groupMembers,
            NetworkAccess access, MemberService members, ApplicationEventPublisher events, JsonMapper json,
            Clock clock) {
        this.links = links;
        this.groupMembers = groupMembers;
        this.boards = boards;
        this.sections = sections;
        this.notes = notes;
        this.votes = votes;
        this.changes = changes;
        this.access = access;
        this.members = members;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- agenda (used by gatherings)

    /** Facilitators and coordinators create a board, with its first sections, on a gathering's agenda. */
    public BoardSummary createBoard(long networkId, Long gatheringId, BoardKind kind, String title,
            String instructions, boolean allowAnonymous, List<String> sectionTitles) {
        access.requireRoleIn(networkId, NetworkRole.FACILITATOR, NetworkRole.COORDINATOR);
        String cleanTitle = TextRules.requiredText(title, TextRules.TITLE_MAX, "field.title");
        String cleanInstructions = TextRules.optionalMultilineText(instructions, TextRules.DESCRIPTION_MAX,
                "field.instructions");
        if (kind == null) {
            throw new InvalidInputException("validation.required", new TextRules.TranslatedArgument("field.kind"));
        }
        List<KindDefaults.BuiltInSection> builtIn = KindDefaults.sections(kind);
        if (builtIn.isEmpty() && (sectionTitles == null || sectionTitles.isEmpty())) {
            throw new InvalidInputException("board.needs-a-section");
        }
        int position = gatheringId == null ? 0 : boards.findAgenda(gatheringId).size();
        Instant now = Instant.now(clock);
        Board board = boards.saveAndFlush(new Board(networkId, gatheringId, kind, cleanTitle, cleanInstructions,
                position, allowAnonymous, now));
        long revision = board.nextRevision();
        double sectionPosition = 1;
        List<SectionState> created = new ArrayList<>();
        // Kinds with built-in stages or steps get those; the given titles are for kinds members shape themselves.
        for (KindDefaults.BuiltInSection stage : builtIn) {
            created.add(sectionState(sections.saveAndFlush(new BoardSection(board.getId(), stage.key(),
                    stage.durationSeconds(), sectionPosition++, now))));
        }
        for (String sectionTitle : builtIn.isEmpty() ? sectionTitles : List.<String>of()) {
            BoardSection section = sections.saveAndFlush(new BoardSection(board.getId(),
                    TextRules.requiredText(sectionTitle, TextRules.TITLE_MAX, "field.section"), sectionPosition++,
                    now));
            created.add(sectionState(section));
        }
        log(board, revision, "BOARD_CREATED", null, null, null,
                Map.of("board", boardState(board), "sections", created));
        return summary(board);
    }

    @Transactional(readOnly = true)
    public List<BoardSummary> agenda(long networkId, long gatheringId) {
        access.roleIn(networkId);
        return boards.findAgenda(gatheringId).stream().filter(b -> b.getNetworkId() == networkId)
                .map(BoardService::summary).toList();
    }

    @Transactional(readOnly = true)
    public BoardSummary summary(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        access.roleIn(board.getNetworkId());
        return summary(board);
    }

    public BoardSummary updateBoard(long boardId, String title, String instructions, boolean allowAnonymous) {
        Board board = lockForFacilitator(boardId);
        BoardState before = boardState(board);
        board.setTitle(TextRules.requiredText(title, TextRules.TITLE_MAX, "field.title"));
        board.setInstructions(TextRules.optionalMultilineText(instructions, TextRules.DESCRIPTION_MAX,
                "field.instructions"));
        board.setAllowAnonymous(allowAnonymous);
        long revision = board.nextRevision();
        BoardState after = boardState(board);
        log(board, revision, "BOARD_UPDATED", null, null, before, after);
        publish(board, revision, List.of(), List.of(), null, after);
        return summary(board);
    }

    /** Moves a board to a new place on its gathering's agenda (0 is first). */
    public void moveOnAgenda(long boardId, int newIndex) {
        Board board = lockForFacilitator(boardId);
        if (board.getGatheringId() == null) {
            return;
        }
        List<Board> agenda = new ArrayList<>(boards.findAgenda(board.getGatheringId()));
        agenda.removeIf(b -> b.getId().equals(board.getId()));
        agenda.add(Math.max(0, Math.min(newIndex, agenda.size())), board);
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).setPosition(i);
        }
        log(board, board.nextRevision(), "BOARD_MOVED", null, null, null, Map.of("position", newIndex));
    }

    /** Takes a board off the agenda. It stays in the database, with its history. */
    public void removeBoard(long boardId) {
        Board board = lockForFacilitator(boardId);
        board.remove(Instant.now(clock));
        log(board, board.nextRevision(), "BOARD_REMOVED", null, null, boardState(board), null);
        if (board.getGatheringId() != null) {
            List<Board> agenda = boards.findAgenda(board.getGatheringId());
            for (int i = 0; i < agenda.size(); i++) {
                agenda.get(i).setPosition(i);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** The board as the signed-in member may see it, from the database. */
    @Transactional(readOnly = true)
    public BoardSnapshot open(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        NetworkRole role = access.roleIn(board.getNetworkId());
        long me = access.currentMemberId();
        List<Note> active = notes.findActive(boardId);
        NoteContext context = noteContext(board, active);
        List<NoteState> noteStates = active.stream()
                .sorted(Comparator.comparingLong(Note::getSectionId).thenComparingDouble(Note::getPosition))
                .map(n -> noteState(n, context, board.getRevision()))
                .toList();
        Set<Long> mine = active.stream().filter(n -> n.getAuthorId() == me).map(Note::getId)
                .collect(Collectors.toSet());
        Map<Long, Integer> myDots = new HashMap<>();
        if (board.getVoteState() != VoteState.NONE) {
            for (Object[] row : votes.dotsOf(boardId, board.getVoteRound(), me)) {
                myDots.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return new BoardSnapshot(boardState(board), board.getNetworkId(), board.getGatheringId(),
                sections.findActive(boardId).stream().map(BoardService::sectionState).toList(), noteStates, mine,
                myDots, role.canFacilitate(), board.getRevision());
    }

    /** The change log, for facilitators. Who did what is shown, except for anonymous notes. */
    @Transactional(readOnly = true)
    public List<ChangeEntry> history(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        NetworkRole role = access.roleIn(board.getNetworkId());
        if (!role.canFacilitate()) {
            throw new PermissionDeniedException();
        }
        List<BoardChange> log = changes.findByBoardIdOrderByRevision(boardId);
        Set<Long> anonymousNotes = notes.findAllById(log.stream().map(BoardChange::getNoteId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .filter(Note::isAnonymous).map(Note::getId).collect(Collectors.toSet());
        Map<Long, String> names = members.displayNames(log.stream().map(BoardChange::getMemberId)
                .collect(Collectors.toSet()));
        return log.stream().map(c -> new ChangeEntry(c.getRevision(), c.getCreatedAt(),
                c.getNoteId() != null && anonymousNotes.contains(c.getNoteId()) ? null : names.get(c.getMemberId()),
                c.getAction(), c.getNoteId(), c.getSectionId(), c.getBefore(), c.getAfter())).toList();
    }

    // ---------------------------------------------------------------- notes

    public NoteState addNote(long boardId, long sectionId, String text, NoteColour colour, boolean anonymous) {
        return addNote(boardId, sectionId, text, colour, anonymous, null);
    }

    /** Adds a note; {@code mirror} marks a coach's mirror in a case clinic (I see / I sense / I feel). */
    public NoteState addNote(long boardId, long sectionId, String text, NoteColour colour, boolean anonymous,
            NoteMirror mirror) {
        Board board = lockForMember(boardId);
        requireMayWrite(board);
        BoardSection section = activeSection(board, sectionId);
        String cleanText = TextRules.requiredMultilineText(text, TextRules.NOTE_MAX, "field.note");
        if (anonymous && !board.isAllowAnonymous()) {
            throw new InvalidInputException("board.anonymous-not-allowed");
        }
        Instant now = Instant.now(clock);
        double position = notes.maxPosition(section.getId()) + 1;
        Note note = notes.saveAndFlush(new Note(board.getId(), section.getId(), cleanText,
                colour == null ? NoteColour.YELLOW : colour, access.currentMemberId(), anonymous, position, now));
        if (mirror != null) {
            note.setMirror(mirror);
            notes.saveAndFlush(note);
        }
        long revision = board.nextRevision();
        NoteState state = noteState(board, note, revision);
        log(board, revision, "NOTE_ADDED", note.getId(), section.getId(), null, state);
        publish(board, revision, List.of(state), List.of(), null, null);
        return state;
    }

    /**
     * Saves new text, if the note is still as the member last saw it ({@code expectedVersion}); otherwise refuses
     * with the current text, so two people editing at once never silently lose words.
     */
    public NoteState editNote(long noteId, long expectedVersion, String text) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        requireAuthorOrModerator(board, note);
        String cleanText = TextRules.requiredMultilineText(text, TextRules.NOTE_MAX, "field.note");
        if (note.getTextVersion() != expectedVersion) {
            throw new EditConflictException(note.getText(), note.getTextVersion());
        }
        return changeNote(locked, "NOTE_EDITED", n -> n.edit(cleanText, Instant.now(clock)));
    }

    public NoteState recolourNote(long noteId, NoteColour colour) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        requireAuthorOrModerator(board, note);
        if (colour == null) {
            throw new InvalidInputException("validation.required", new TextRules.TranslatedArgument("field.colour"));
        }
        return changeNote(locked, "NOTE_RECOLOURED", n -> n.recolour(colour, Instant.now(clock)));
    }

    /** Applies a checked change to one note: store it, take the next revision, log before and after, announce. */
    private NoteState changeNote(Locked locked, String action, java.util.function.Consumer<Note> change) {
        Note note = locked.note();
        Board board = locked.board();
        NoteState before = noteState(board, note, board.getRevision());
        change.accept(note);
        notes.saveAndFlush(note);
        long revision = board.nextRevision();
        NoteState after = noteState(board, note, revision);
        log(board, revision, action, note.getId(), note.getSectionId(), before, after);
        publish(board, revision, List.of(after), List.of(), null, null);
        return after;
    }

    public void deleteNote(long noteId) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        requireAuthorOrModerator(board, note);
        NoteState before = noteState(board, note, board.getRevision());
        note.delete(Instant.now(clock));
        notes.saveAndFlush(note);
        long refunded = 0;
        if (board.getVoteState() == VoteState.OPEN) {
            // Dots on a deleted note go back to the people who placed them, to use on another note.
            refunded = votes.deleteByNoteIdAndRound(noteId, board.getVoteRound());
        }
        // Its links go with it; the notes that led to it no longer show the link.
        List<NoteLink> touching = links.findTouching(noteId);
        links.deleteAll(touching);
        links.flush();
        Set<Long> linkingHere = touching.stream().map(NoteLink::getFromNoteId).filter(id -> id != noteId)
                .collect(Collectors.toSet());
        long revision = board.nextRevision();
        Map<String, Object> after = new LinkedHashMap<>();
        if (refunded != 0 && board.totalsVisible()) {
            after.put("dotsReturned", refunded);
        }
        if (!touching.isEmpty()) {
            after.put("linksRemoved", touching.stream()
                    .map(l -> Map.of("from", l.getFromNoteId(), "to", l.getToNoteId())).toList());
        }
        log(board, revision, "NOTE_DELETED", noteId, note.getSectionId(), before, after.isEmpty() ? null : after);
        publish(board, revision, noteStates(board, notes.findAllById(linkingHere), revision), List.of(noteId),
                null, null);
    }

    /**
     * Moves a note into a section, before another note there, or to its end when {@code beforeNoteId} is null.
     * Any member may group notes; affinity grouping is the group's shared work.
     */
    public NoteState moveNote(long noteId, long sectionId, Long beforeNoteId) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        requireMayWrite(board);
        BoardSection target = activeSection(board, sectionId);
        NoteState before = noteState(board, note, board.getRevision());
        List<Note> others = new ArrayList<>(notes.findActiveInSection(target.getId()));
        others.removeIf(n -> n.getId().equals(note.getId()));
        int index = others.size();
        if (beforeNoteId != null) {
            index = -1;
            for (int i = 0; i < others.size(); i++) {
                if (others.get(i).getId().equals(beforeNoteId)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new ItemNotFoundException();
            }
        }
        Instant now = Instant.now(clock);
        List<Note> renumbered = List.of();
        double position = positionAt(others, index);
        if (Double.isNaN(position)) {
            // The gap between neighbours is used up: renumber the section once.
            others.add(index, note);
            for (int i = 0; i < others.size(); i++) {
                others.get(i).place(target.getId(), i + 1, now);
            }
            renumbered = others;
        } else {
            note.place(target.getId(), position, now);
        }
        notes.flush();
        List<NoteLink> backwards = linksNotGoingForward(board, note);
        long revision = board.nextRevision();
        NoteState after = noteState(board, note, revision);
        log(board, revision, "NOTE_MOVED", noteId, target.getId(), before, backwards.isEmpty() ? after
                : Map.of("note", after, "linksRemoved", backwards.stream()
                        .map(l -> Map.of("from", l.getFromNoteId(), "to", l.getToNoteId())).toList()));
        List<Note> changedNotes = new ArrayList<>(renumbered.isEmpty() ? List.of(note) : renumbered);
        // The notes that led here and no longer do show that too.
        backwards.stream().map(NoteLink::getFromNoteId).filter(id -> !id.equals(noteId)).distinct()
                .forEach(id -> changedNotes.add(activeNote(id)));
        publish(board, revision, noteStates(board, changedNotes, revision), List.of(), null, null);
        return after;
    }

    /** Moves a note one place up (-1) or down (+1) in its section: the keyboard path for dragging. */
    public NoteState moveNoteWithinSection(long noteId, int steps) {
        Note note = lockForNote(noteId).note();
        List<Note> inSection = new ArrayList<>(notes.findActiveInSection(note.getSectionId()));
        int current = -1;
        for (int i = 0; i < inSection.size(); i++) {
            if (inSection.get(i).getId().equals(note.getId())) {
                current = i;
            }
        }
        inSection.remove(current);
        int target = Math.max(0, Math.min(current + steps, inSection.size()));
        Long before = target < inSection.size() ? inSection.get(target).getId() : null;
        return moveNote(noteId, note.getSectionId(), before);
    }

    // ---------------------------------------------------------------- sections

    public SectionState addSection(long boardId, String title) {
        Board board = lockForMember(boardId);
        requireOwnSections(board);
        String cleanTitle = TextRules.requiredText(title, TextRules.TITLE_MAX, "field.section");
        List<BoardSection> existing = sections.findActive(boardId);
        double position = existing.isEmpty() ? 1 : existing.getLast().getPosition() + 1;
        BoardSection section = sections.saveAndFlush(new BoardSection(boardId, cleanTitle, position,
                Instant.now(clock)));
        long revision = board.nextRevision();
        log(board, revision, "SECTION_ADDED", null, section.getId(), null, sectionState(section));
        publish(board, revision, List.of(), List.of(), sectionStates(boardId), null);
        return sectionState(section);
    }

    public SectionState renameSection(long sectionId, String title) {
        Board board = lockForMember(sections.findBoardId(sectionId).orElseThrow(ItemNotFoundException::new));
        BoardSection section = activeSection(board, sectionId);
        if (section.getStageKey() != null && !access.roleIn(board.getNetworkId()).canFacilitate()) {
            throw new PermissionDeniedException(); // the stages frame everyone's work: facilitators name them
        }
        String cleanTitle = TextRules.requiredText(title, TextRules.TITLE_MAX, "field.section");
        SectionState before = sectionState(section);
        section.setTitle(cleanTitle);
        sections.saveAndFlush(section);
        long revision = board.nextRevision();
        log(board, revision, "SECTION_RENAMED", null, sectionId, before, sectionState(section));
        publish(board, revision, List.of(), List.of(), sectionStates(board.getId()), null);
        return sectionState(section);
    }

    /**
     * Removes a section; its notes move to the end of the first remaining section, so no note is lost. A board
     * keeps at least one section. Facilitators only, since it moves everyone's notes.
     */
    public void removeSection(long sectionId) {
        Board board = lockForFacilitator(sections.findBoardId(sectionId).orElseThrow(ItemNotFoundException::new));
        BoardSection section = activeSection(board, sectionId);
        requireOwnSections(board);
        List<BoardSection> remaining = new ArrayList<>(sections.findActive(board.getId()));
        remaining.removeIf(s -> s.getId().equals(sectionId));
        if (remaining.isEmpty()) {
            throw new InvalidInputException("board.last-section");
        }
        BoardSection receiver = remaining.getFirst();
        Instant now = Instant.now(clock);
        List<Note> receiving = notes.findActiveInSection(receiver.getId());
        double next = receiving.isEmpty() ? 1 : receiving.getLast().getPosition() + 1;
        List<Note> moved = notes.findActiveInSection(sectionId);
        for (Note note : moved) {
            note.place(receiver.getId(), next++, now);
        }
        section.remove(now);
        sections.flush();
        notes.flush();
        long revision = board.nextRevision();
        log(board, revision, "SECTION_REMOVED", null, sectionId, sectionState(section),
                Map.of("notesMovedTo", receiver.getId()));
        publish(board, revision, noteStates(board, moved, revision), List.of(), sectionStates(board.getId()), null);
    }

    // ---------------------------------------------------------------- dot voting

    /** A facilitator opens a vote: each member gets {@code dots} dots; totals shown now or only at the end. */
    public BoardState startVote(long boardId, int dots, boolean totalsVisibleDuringVote) {
        Board board = lockForFacilitator(boardId);
        if (dots < 1 || dots > MAX_DOTS) {
            throw new InvalidInputException("board.dots-range", 1, MAX_DOTS);
        }
        BoardState before = boardState(board);
        board.startVote(dots, totalsVisibleDuringVote);
        long revision = board.nextRevision();
        BoardState after = boardState(board);
        log(board, revision, "VOTE_STARTED", null, null, before, after);
        publish(board, revision, totalsVisibleDuringVote ? allNoteStates(board, revision) : List.of(), List.of(),
                null, after);
        return after;
    }

    /** Ends the vote and reveals the totals to everyone. */
    public BoardState endVote(long boardId) {
        Board board = lockForFacilitator(boardId);
        if (board.getVoteState() != VoteState.OPEN) {
            throw new InvalidInputException("board.no-open-vote");
        }
        BoardState before = boardState(board);
        board.endVote();
        long revision = board.nextRevision();
        BoardState after = boardState(board);
        log(board, revision, "VOTE_ENDED", null, null, before, Map.of("state", after, "totals", totals(board)));
        publish(board, revision, allNoteStates(board, revision), List.of(), null, after);
        return after;
    }

    /** Places one of the member's dots on a note; refuses when the vote is not open or no dots are left. */
    public int placeDot(long noteId) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        if (board.getVoteState() != VoteState.OPEN) {
            throw new InvalidInputException("board.no-open-vote");
        }
        long me = access.currentMemberId();
        if (votes.countByBoardIdAndRoundAndMemberId(board.getId(), board.getVoteRound(), me) >= board
                .getVoteDots()) {
            throw new InvalidInputException("board.no-dots-left", board.getVoteDots());
        }
        votes.saveAndFlush(new Vote(board.getId(), noteId, me, board.getVoteRound(), Instant.now(clock)));
        return afterVoteChange(board, note, "DOT_PLACED");
    }

    /** Takes back one of the member's dots from a note. */
    public int removeDot(long noteId) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        if (board.getVoteState() != VoteState.OPEN) {
            throw new InvalidInputException("board.no-open-vote");
        }
        List<Vote> mine = votes.findByNoteIdAndRoundAndMemberIdOrderByIdDesc(noteId, board.getVoteRound(),
                access.currentMemberId());
        if (mine.isEmpty()) {
            throw new InvalidInputException("board.no-dot-here");
        }
        votes.delete(mine.getFirst());
        votes.flush();
        return afterVoteChange(board, note, "DOT_REMOVED");
    }

    /** Orders the notes in every section by the latest vote's totals, most dots first. Facilitators only. */
    public void sortByVotes(long boardId) {
        Board board = lockForFacilitator(boardId);
        if (board.getVoteState() == VoteState.NONE) {
            throw new InvalidInputException("board.no-vote-yet");
        }
        if (!board.totalsVisible()) {
            // The new order would reveal the hidden totals.
            throw new InvalidInputException("board.totals-hidden");
        }
        Map<Long, Integer> totals = totals(board);
        Instant now = Instant.now(clock);
        Map<Long, List<Note>> bySection = notes.findActive(boardId).stream()
                .collect(Collectors.groupingBy(Note::getSectionId, LinkedHashMap::new, Collectors.toList()));
        List<Note> all = new ArrayList<>();
        for (List<Note> inSection : bySection.values()) {
            List<Note> sorted = inSection.stream()
                    .sorted(Comparator.comparingInt((Note n) -> -totals.getOrDefault(n.getId(), 0))
                            .thenComparingDouble(Note::getPosition))
                    .toList();
            for (int i = 0; i < sorted.size(); i++) {
                sorted.get(i).place(sorted.get(i).getSectionId(), i + 1, now);
            }
            all.addAll(sorted);
        }
        notes.flush();
        long revision = board.nextRevision();
        log(board, revision, "SORTED_BY_VOTES", null, null, null, totals);
        publish(board, revision, noteStates(board, all, revision), List.of(), null, null);
    }

    // ---------------------------------------------------------------- stages, steps, focus and timer

    /**
     * Changes a section's guidance (a stage's guiding questions, a step's instruction) and a step's length.
     * Blank guidance on a built-in stage or step means its default again, in each reader's language.
     * Facilitators only: the guidance frames everyone's work.
     */
    public SectionState updateGuidance(long sectionId, String guidance, Integer durationMinutes) {
        Board board = lockForFacilitator(sections.findBoardId(sectionId).orElseThrow(ItemNotFoundException::new));
        BoardSection section = activeSection(board, sectionId);
        String clean = TextRules.optionalMultilineText(guidance, GUIDANCE_MAX, "field.guidance");
        if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > MAX_TIMER_MINUTES)) {
            throw new InvalidInputException("board.minutes-range", 1, MAX_TIMER_MINUTES);
        }
        SectionState before = sectionState(section);
        section.setGuidance(clean);
        section.setDurationSeconds(durationMinutes == null ? null : durationMinutes * 60);
        sections.saveAndFlush(section);
        long revision = board.nextRevision();
        SectionState after = sectionState(section);
        log(board, revision, "SECTION_GUIDANCE", null, sectionId, before, after);
        publish(board, revision, List.of(), List.of(), sectionStates(board.getId()), null);
        return after;
    }

    /** Marks the section the group is on now (null: none); every screen highlights it. Facilitators only. */
    public BoardState setFocus(long boardId, Long sectionId) {
        Board board = lockForFacilitator(boardId);
        if (sectionId != null) {
            activeSection(board, sectionId);
        }
        return changeBoard(board, "FOCUS_SET", sectionId, b -> b.focus(sectionId));
    }

    /** Starts a step: the group's focus moves to it and its countdown starts (none for an untimed step). */
    public BoardState startStep(long sectionId) {
        Board board = lockForFacilitator(sections.findBoardId(sectionId).orElseThrow(ItemNotFoundException::new));
        return startStep(board, activeSection(board, sectionId));
    }

    /** Starts the step after the current one (the first when none is current). */
    public BoardState nextStep(long boardId) {
        Board board = lockForFacilitator(boardId);
        List<BoardSection> steps = sections.findActive(boardId);
        int current = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getId().equals(board.getFocusSectionId())) {
                current = i;
            }
        }
        if (current + 1 >= steps.size()) {
            throw new InvalidInputException("board.no-next-step");
        }
        return startStep(board, steps.get(current + 1));
    }

    private BoardState startStep(Board board, BoardSection step) {
        Instant now = Instant.now(clock);
        return changeBoard(board, "STEP_STARTED", step.getId(), b -> {
            b.focus(step.getId());
            b.startTimer(step.getDurationSeconds(), now);
        });
    }

    /** Starts the shared countdown for {@code minutes}. Facilitators only. */
    public BoardState startTimer(long boardId, int minutes) {
        Board board = lockForFacilitator(boardId);
        if (minutes < 1 || minutes > MAX_TIMER_MINUTES) {
            throw new InvalidInputException("board.minutes-range", 1, MAX_TIMER_MINUTES);
        }
        Instant now = Instant.now(clock);
        return changeBoard(board, "TIMER_STARTED", null, b -> b.startTimer(minutes * 60, now));
    }

    public BoardState pauseTimer(long boardId) {
        Board board = lockForFacilitator(boardId);
        if (board.getTimerEndsAt() == null) {
            throw new InvalidInputException("board.no-running-timer");
        }
        Instant now = Instant.now(clock);
        return changeBoard(board, "TIMER_PAUSED", null, b -> b.pauseTimer(now));
    }

    public BoardState resumeTimer(long boardId) {
        Board board = lockForFacilitator(boardId);
        if (board.getTimerPausedSeconds() == null) {
            throw new InvalidInputException("board.no-paused-timer");
        }
        Instant now = Instant.now(clock);
        return changeBoard(board, "TIMER_RESUMED", null, b -> b.resumeTimer(now));
    }

    /** Gives the running or paused countdown {@code minutes} more. */
    public BoardState extendTimer(long boardId, int minutes) {
        Board board = lockForFacilitator(boardId);
        if (!board.hasTimer()) {
            throw new InvalidInputException("board.no-timer");
        }
        if (minutes < 1 || minutes > MAX_TIMER_MINUTES) {
            throw new InvalidInputException("board.minutes-range", 1, MAX_TIMER_MINUTES);
        }
        Instant now = Instant.now(clock);
        return changeBoard(board, "TIMER_EXTENDED", null, b -> b.extendTimer(minutes * 60, now));
    }

    public BoardState stopTimer(long boardId) {
        Board board = lockForFacilitator(boardId);
        Instant now = Instant.now(clock);
        return changeBoard(board, "TIMER_STOPPED", null, b -> b.startTimer(null, now));
    }

    /** Applies a checked board-wide change: take the next revision, log before and after, announce. */
    private BoardState changeBoard(Board board, String action, Long sectionId,
            java.util.function.Consumer<Board> change) {
        BoardState before = boardState(board);
        change.accept(board);
        boards.saveAndFlush(board);
        long revision = board.nextRevision();
        BoardState after = boardState(board);
        log(board, revision, action, null, sectionId, before, after);
        publish(board, revision, List.of(), List.of(), null, after);
        return after;
    }

    // ---------------------------------------------------------------- note links

    /**
     * Links a note to a note in a later section of the same board (an observation to the prototype it led to).
     * Any member who may write on the board may link, like grouping: tracing what led where is shared work.
     */
    public NoteState linkNotes(long fromNoteId, long toNoteId) {
        Locked locked = lockForNote(fromNoteId);
        Board board = locked.board();
        Note from = locked.note();
        requireMayWrite(board);
        Note to = activeNote(toNoteId);
        if (to.getBoardId() != board.getId()) {
            throw new ItemNotFoundException();
        }
        if (activeSection(board, to.getSectionId()).getPosition()
                <= activeSection(board, from.getSectionId()).getPosition()) {
            throw new InvalidInputException("board.link-later-only");
        }
        if (links.existsByFromNoteIdAndToNoteId(fromNoteId, toNoteId)) {
            throw new InvalidInputException("board.already-linked");
        }
        links.saveAndFlush(new NoteLink(board.getId(), fromNoteId, toNoteId, access.currentMemberId(),
                Instant.now(clock)));
        return afterLinkChange(board, from, "NOTE_LINKED", toNoteId);
    }

    public NoteState unlinkNotes(long fromNoteId, long toNoteId) {
        Locked locked = lockForNote(fromNoteId);
        Board board = locked.board();
        requireMayWrite(board);
        List<NoteLink> found = links.findByFromNoteIdAndToNoteId(fromNoteId, toNoteId);
        if (found.isEmpty()) {
            throw new ItemNotFoundException();
        }
        links.deleteAll(found);
        links.flush();
        return afterLinkChange(board, locked.note(), "NOTE_UNLINKED", toNoteId);
    }

    private NoteState afterLinkChange(Board board, Note from, String action, long toNoteId) {
        long revision = board.nextRevision();
        NoteState after = noteState(board, from, revision);
        log(board, revision, action, from.getId(), from.getSectionId(), null, Map.of("to", toNoteId));
        publish(board, revision, List.of(after), List.of(), null, null);
        return after;
    }

    /**
     * After a note moved: removes its links that no longer lead to a later section (a link always points
     * forward), and returns them.
     */
    private List<NoteLink> linksNotGoingForward(Board board, Note moved) {
        List<NoteLink> touching = links.findTouching(moved.getId());
        if (touching.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> positions = sections.findActive(board.getId()).stream()
                .collect(Collectors.toMap(BoardSection::getId, BoardSection::getPosition));
        List<NoteLink> backwards = touching.stream().filter(l -> {
            Note from = l.getFromNoteId() == moved.getId() ? moved : activeNote(l.getFromNoteId());
            Note to = l.getToNoteId() == moved.getId() ? moved : activeNote(l.getToNoteId());
            return positions.get(to.getSectionId()) <= positions.get(from.getSectionId());
        }).toList();
        links.deleteAll(backwards);
        links.flush();
        return backwards;
    }

    // ---------------------------------------------------------------- the board's group (case clinic)

    /**
     * Sets who works on a case clinic board: four or five members of the network, exactly one of them the case
     * giver. Only they (and facilitators) write on the board. Facilitators only.
     */
    public BoardState setGroup(long boardId, Map<Long, GroupRole> group) {
        Board board = lockForFacilitator(boardId);
        if (!KindDefaults.hasGroup(board.getKind())) {
            throw new InvalidInputException("board.no-group");
        }
        if (group == null || group.size() < KindDefaults.GROUP_MIN || group.size() > KindDefaults.GROUP_MAX) {
            throw new InvalidInputException("board.group-size", KindDefaults.GROUP_MIN, KindDefaults.GROUP_MAX);
        }
        if (group.values().stream().anyMatch(java.util.Objects::isNull)
                || group.values().stream().filter(r -> r == GroupRole.CASE_GIVER).count() != 1) {
            throw new InvalidInputException("board.group-one-case-giver");
        }
        for (Long memberId : group.keySet()) {
            if (memberId == null || !access.isInNetwork(board.getNetworkId(), memberId)) {
                throw new InvalidInputException("board.group-not-in-network");
            }
        }
        BoardState before = boardState(board);
        groupMembers.deleteByBoardId(board.getId());
        groupMembers.flush();
        group.forEach((memberId, role) -> groupMembers.save(new BoardGroupMember(board.getId(), memberId, role)));
        groupMembers.flush();
        long revision = board.nextRevision();
        BoardState after = boardState(board);
        log(board, revision, "GROUP_SET", null, null, before, after);
        // Every note's author role may have changed.
        publish(board, revision, allNoteStates(board, revision), List.of(), null, after);
        return after;
    }

    // ---------------------------------------------------------------- internals

    private int afterVoteChange(Board board, Note note, String action) {
        long revision = board.nextRevision();
        // The log keeps who placed the dot (replay needs it), not running totals: while totals are hidden, the
        // history must not reveal them either. The live update carries totals only when members may see them.
        log(board, revision, action, note.getId(), note.getSectionId(), null, null);
        if (board.totalsVisible()) {
            publish(board, revision, List.of(noteState(board, note, revision)), List.of(), null, null);
        }
        return (int) votes.countByBoardIdAndRoundAndMemberId(board.getId(), board.getVoteRound(),
                access.currentMemberId());
    }

    private Board lockForMember(long boardId) {
        Board board = lock(boardId);
        access.roleIn(board.getNetworkId());
        return board;
    }

    private Board lockForFacilitator(long boardId) {
        Board board = lock(boardId);
        access.requireRoleIn(board.getNetworkId(), NetworkRole.FACILITATOR, NetworkRole.COORDINATOR);
        return board;
    }

    /**
     * Takes the board's row lock and re-reads the row under it: if the board was already loaded in this
     * transaction, Hibernate would otherwise hand back that older copy, with an older revision.
     */
    private Board lock(long boardId) {
        Board board = boards.findActiveForUpdate(boardId).orElseThrow(ItemNotFoundException::new);
        entityManager.refresh(board, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return board;
    }

    /** On a board with a group (a case clinic), only the group and facilitators write. */
    private void requireMayWrite(Board board) {
        if (KindDefaults.hasGroup(board.getKind())
                && !access.roleIn(board.getNetworkId()).canFacilitate()
                && !groupMembers.existsByBoardIdAndMemberId(board.getId(), access.currentMemberId())) {
            throw new PermissionDeniedException();
        }
    }

    /** Built-in stages and steps are the board's frame: members do not add or remove sections there. */
    private static void requireOwnSections(Board board) {
        if (!KindDefaults.sections(board.getKind()).isEmpty()) {
            throw new InvalidInputException("board.fixed-sections");
        }
    }

    private void requireAuthorOrModerator(Board board, Note note) {
        if (note.getAuthorId() != access.currentMemberId()
                && !access.roleIn(board.getNetworkId()).canFacilitate()) {
            throw new PermissionDeniedException();
        }
    }

    /** A note and its board, read under the board's lock. */
    private record Locked(Board board, Note note) {
    }

    /**
     * Takes the lock of a note's board and only then reads the note, so it is as the last change under that lock
     * left it (not as it was before this transaction waited for the lock).
     */
    private Locked lockForNote(long noteId) {
        long boardId = notes.findBoardId(noteId).orElseThrow(ItemNotFoundException::new);
        Board board = lockForMember(boardId);
        return new Locked(board, activeNote(noteId));
    }

    private Note activeNote(long noteId) {
        Note note = notes.findById(noteId).orElseThrow(ItemNotFoundException::new);
        if (note.isDeleted()) {
            throw new ItemNotFoundException();
        }
        return note;
    }

    private BoardSection activeSection(Board board, long sectionId) {
        return sections.findActive(board.getId()).stream().filter(s -> s.getId() == sectionId).findFirst()
                .orElseThrow(ItemNotFoundException::new);
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

    private Map<Long, Integer> totals(Board board) {
        Map<Long, Integer> totals = new HashMap<>();
        for (Object[] row : votes.totals(board.getId(), board.getVoteRound())) {
            totals.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return totals;
    }

    /** What a note's shared state needs besides the note: names, visible totals, links, group roles. */
    private record NoteContext(Map<Long, String> names, Map<Long, Integer> totals, Map<Long, List<Long>> links,
            Map<Long, GroupRole> roles) {
    }

    private NoteContext noteContext(Board board, List<Note> list) {
        Map<Long, List<Long>> linked = new HashMap<>();
        if (!list.isEmpty()) {
            // A few notes: their own links; many (opening a board): the board's, without a long IN list.
            for (NoteLink link : list.size() > 50 ? links.findByBoardId(board.getId())
                    : links.findFrom(list.stream().map(Note::getId).toList())) {
                linked.computeIfAbsent(link.getFromNoteId(), k -> new ArrayList<>()).add(link.getToNoteId());
            }
        }
        Map<Long, GroupRole> roles = new HashMap<>();
        if (KindDefaults.hasGroup(board.getKind())) {
            groupMembers.findByBoardId(board.getId()).forEach(m -> roles.put(m.getMemberId(), m.getRole()));
        }
        return new NoteContext(authorNames(list), board.totalsVisible() ? totals(board) : null, linked, roles);
    }

    private Map<Long, String> authorNames(List<Note> list) {
        return members.displayNames(list.stream().filter(n -> !n.isAnonymous()).map(Note::getAuthorId)
                .collect(Collectors.toCollection(HashSet::new)));
    }

    private NoteState noteState(Board board, Note note, long revision) {
        return noteStates(board, List.of(note), revision).getFirst();
    }

    private List<NoteState> noteStates(Board board, List<Note> list, long revision) {
        NoteContext context = noteContext(board, list);
        return list.stream().map(n -> noteState(n, context, revision)).toList();
    }

    private List<NoteState> allNoteStates(Board board, long revision) {
        return noteStates(board, notes.findActive(board.getId()), revision);
    }

    private static NoteState noteState(Note note, NoteContext context, long revision) {
        Map<Long, Integer> totals = context.totals();
        return new NoteState(note.getId(), note.getSectionId(), note.getText(), note.getColour(),
                note.isAnonymous() ? null : context.names().get(note.getAuthorId()), note.isAnonymous(),
                note.getPosition(), note.getTextVersion(),
                totals == null ? null : totals.getOrDefault(note.getId(), 0), revision, note.getMirror(),
                note.isAnonymous() ? null : context.roles().get(note.getAuthorId()),
                context.links().getOrDefault(note.getId(), List.of()).stream().sorted().toList());
    }

    private List<SectionState> sectionStates(long boardId) {
        return sections.findActive(boardId).stream().map(BoardService::sectionState).toList();
    }

    private static SectionState sectionState(BoardSection section) {
        return new SectionState(section.getId(), section.getTitle(), section.getPosition(), section.getStageKey(),
                section.getGuidance(), section.getDurationSeconds());
    }

    private BoardState boardState(Board board) {
        return new BoardState(board.getId(), board.getTitle(), board.getInstructions(), board.getKind(),
                board.isAllowAnonymous(), board.getVoteState(), board.getVoteRound(), board.getVoteDots(),
                board.isVoteTotalsVisible(), board.getRevision(), board.getFocusSectionId(), board.getTimerEndsAt(),
                board.getTimerPausedSeconds(), group(board));
    }

    /** The board's group, case giver first, then by name. */
    private List<GroupMemberState> group(Board board) {
        if (!KindDefaults.hasGroup(board.getKind())) {
            return List.of();
        }
        List<BoardGroupMember> group = groupMembers.findByBoardId(board.getId());
        Map<Long, String> names = members.displayNames(group.stream().map(BoardGroupMember::getMemberId).toList());
        return group.stream().map(m -> new GroupMemberState(m.getMemberId(), names.get(m.getMemberId()), m.getRole()))
                .sorted(Comparator.comparing((GroupMemberState m) -> m.role() != GroupRole.CASE_GIVER)
                        .thenComparing(GroupMemberState::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static BoardSummary summary(Board board) {
        return new BoardSummary(board.getId(), board.getNetworkId(), board.getGatheringId(), board.getKind(),
                board.getTitle(), board.getInstructions(), board.getPosition(), board.isAllowAnonymous());
    }

    private void log(Board board, long revision, String action, Long noteId, Long sectionId, Object before,
            Object after) {
        changes.save(new BoardChange(board.getId(), revision, access.currentMemberId(), action, noteId, sectionId,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after), Instant.now(clock)));
    }

    private void publish(Board board, long revision, List<NoteState> changedNotes, List<Long> removed,
            List<SectionState> sectionList, BoardState boardState) {
        events.publishEvent(new BoardChanged(board.getId(), revision, changedNotes, removed, sectionList,
                boardState));
    }
}
