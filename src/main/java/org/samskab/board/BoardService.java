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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.base.TextRules;
import org.samskab.base.Translations;
import org.samskab.board.BoardBlueprint.SectionBlueprint;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.GroupMemberState;
import org.samskab.board.BoardViews.HiddenPost;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.BoardViews.WallStatus;
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
    /** How long a facilitator's reason for hiding a post may be. */
    public static final int HIDE_REASON_MAX = 200;
    /** Below this many people posting, anonymity on a wall is weak. */
    public static final int ANONYMITY_MIN_POSTERS = 5;
    /** Changes that only facilitators make: naming who made them cannot reveal who wrote an anonymous post. */
    private static final Set<String> FACILITATOR_NOTE_ACTIONS = Set.of("NOTE_HIDDEN", "NOTE_RESTORED");
    public static final int GUIDANCE_MAX = 1000;
    /** A step or countdown lasts at most two hours. */
    public static final int MAX_TIMER_MINUTES = 120;
    private static final double MIN_GAP = 1e-6;
    /** Notes as boards were opened, shared between the screens that opened them (see {@link #open}). */
    private static final org.samskab.base.Interner<NoteState> OPENED_NOTES = new org.samskab.base.Interner<>();

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
    private final ReactionRepository reactions;
    private final Translations translations;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    BoardService(BoardRepository boards, SectionRepository sections, NoteRepository notes, VoteRepository votes,
            BoardChangeRepository changes, NoteLinkRepository links, GroupMemberRepository groupMembers,
            NetworkAccess access, MemberService members, ApplicationEventPublisher events, JsonMapper json,
            Clock clock, ReactionRepository reactions, Translations translations) {
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
        this.reactions = reactions;
        this.translations = translations;
    }

    // ---------------------------------------------------------------- agenda (used by gatherings)

    /** Facilitators and coordinators create a board, with its first sections, on a gathering's agenda. */
    public BoardSummary createBoard(long networkId, @Nullable Long gatheringId, BoardKind kind, String title,
            @Nullable String instructions, boolean allowAnonymous, List<String> sectionTitles) {
        return createBoard(networkId, gatheringId, kind, title, instructions, allowAnonymous, false, sectionTitles);
    }

    /**
     * Like {@link #createBoard(long, Long, BoardKind, String, String, boolean, List)}, and with
     * {@code postsAnonymous} every post is stored anonymous (a reflection wall's choice). Without section titles,
     * the board gets its kind's default sections, in the creator's language.
     */
    public BoardSummary createBoard(long networkId, @Nullable Long gatheringId, BoardKind kind, String title,
            @Nullable String instructions, boolean allowAnonymous, boolean postsAnonymous, List<String> sectionTitles) {
        access.requireRoleIn(networkId, NetworkRole.FACILITATOR, NetworkRole.COORDINATOR);
        String cleanTitle = TextRules.requiredText(title, TextRules.TITLE_MAX, "field.title");
        String cleanInstructions = TextRules.optionalMultilineText(instructions, TextRules.DESCRIPTION_MAX,
                "field.instructions");
        if (kind == null) {
            throw new InvalidInputException("validation.required", new TextRules.TranslatedArgument("field.kind"));
        }
        if (postsAnonymous && kind != BoardKind.REFLECTION_WALL) {
            throw new InvalidInputException("wall.only-on-walls");
        }
        List<KindDefaults.BuiltInSection> builtIn = KindDefaults.sections(kind);
        if (builtIn.isEmpty() && (sectionTitles == null || sectionTitles.isEmpty())) {
            sectionTitles = defaultSectionTitles(kind);
        }
        int position = gatheringId == null ? 0 : boards.findAgenda(gatheringId).size();
        Instant now = Instant.now(clock);
        Board board = boards.saveAndFlush(new Board(networkId, gatheringId, kind, cleanTitle, cleanInstructions,
                position, allowAnonymous, now));
        board.setPostsAnonymous(postsAnonymous);
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
                    TextRules.requiredText(sectionTitle, TextRules.TITLE_MAX, kind.sectionFieldKey()),
                    sectionPosition++, now));
            created.add(sectionState(section));
        }
        log(board, revision, "BOARD_CREATED", null, null, null,
                Map.of("board", boardState(board), "sections", created));
        return summary(board);
    }

    /** The sections a new board of a kind starts with, in the signed-in member's language. */
    private List<String> defaultSectionTitles(BoardKind kind) {
        var language = members.profile(access.currentMemberId()).language();
        List<String> keys = switch (kind) {
            case REFLECTION_WALL -> List.of("wall.prompt.what", "wall.prompt.so-what", "wall.prompt.now-what");
            default -> List.of("board.default-section");
        };
        return keys.stream().map(key -> translations.translate(language, key)).toList();
    }

    // ---------------------------------------------------------------- blueprints (agenda templates)

    /**
     * A board's configuration, for a facilitator to save as a template: kind, title, instructions, anonymity,
     * sections with guidance and timing, and the current section. Never its notes, so no one's post (and no
     * anonymous author) travels with a template.
     */
    @Transactional(readOnly = true)
    public BoardBlueprint blueprint(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        requireFacilitator(board);
        List<BoardSection> active = sections.findActive(boardId);
        List<SectionBlueprint> list = new ArrayList<>();
        Integer focus = null;
        for (int i = 0; i < active.size(); i++) {
            BoardSection section = active.get(i);
            if (section.getId().equals(board.getFocusSectionId())) {
                focus = i;
            }
            list.add(new SectionBlueprint(section.getTitle(), section.getStageKey(), section.getGuidance(),
                    section.getDurationSeconds()));
        }
        return new BoardBlueprint(board.getKind(), board.getTitle(), board.getInstructions(),
                board.isAllowAnonymous(), board.isPostsAnonymous(), list, focus);
    }

    /**
     * Creates a board from a blueprint by the same path as any new board (same checks, {@code BOARD_CREATED}),
     * then gives its sections the blueprint's titles, guidance and timings and sets its current section, each as
     * the logged change a facilitator would make. Built-in stages and steps are matched by key; a blueprint
     * section without a match is left out.
     */
    public BoardSummary createBoard(long networkId, @Nullable Long gatheringId, BoardBlueprint blueprint) {
        if (blueprint == null || blueprint.kind() == null) {
            throw new InvalidInputException("validation.required", new TextRules.TranslatedArgument("field.kind"));
        }
        boolean builtIn = !KindDefaults.sections(blueprint.kind()).isEmpty();
        List<String> titles = builtIn ? List.of()
                : blueprint.sections().stream().map(SectionBlueprint::title).toList();
        BoardSummary created = createBoard(networkId, gatheringId, blueprint.kind(), blueprint.title(),
                blueprint.instructions(), blueprint.allowAnonymous(), blueprint.postsAnonymous(), titles);
        List<BoardSection> made = sections.findActive(created.id());
        List<Long> madeIds = new ArrayList<>();
        for (int i = 0; i < blueprint.sections().size(); i++) {
            SectionBlueprint wanted = blueprint.sections().get(i);
            int index = i;
            BoardSection section = builtIn
                    ? made.stream().filter(s -> Objects.requireNonNull(s.getStageKey()).equals(wanted.stageKey()))
                            .findFirst().orElse(null)
                    : index < made.size() ? made.get(index) : null;
            madeIds.add(section == null ? null : section.getId());
            if (section == null) {
                continue;
            }
            if (builtIn && wanted.title() != null) {
                renameSection(section.getId(), wanted.title());
            }
            if (wanted.guidance() != null
                    || !java.util.Objects.equals(wanted.durationSeconds(), section.getDurationSeconds())) {
                updateGuidance(section.getId(), wanted.guidance(),
                        wanted.durationSeconds() == null ? null : Math.max(1, wanted.durationSeconds() / 60));
            }
        }
        Integer focus = blueprint.focusIndex();
        if (focus != null && focus >= 0 && focus < madeIds.size() && madeIds.get(focus) != null) {
            setFocus(created.id(), madeIds.get(focus));
        }
        return summary(created.id());
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

    /**
     * Makes every board on a gathering's agenda read-only ({@code closed}) or writable again, as its gathering
     * closes or reopens, in the gathering's transaction; each board logs it and open screens switch at once.
     */
    public void closeAgenda(long networkId, long gatheringId, boolean closed) {
        access.requireRoleIn(networkId, NetworkRole.FACILITATOR, NetworkRole.COORDINATOR);
        for (Board listed : boards.findAgenda(gatheringId)) {
            Board board = lock(listed.getId());
            if (board.getNetworkId() != networkId || board.isReadOnly() == closed) {
                continue;
            }
            BoardState before = boardState(board);
            board.setReadOnly(closed);
            long revision = board.nextRevision();
            BoardState after = boardState(board);
            log(board, revision, closed ? "BOARD_CLOSED" : "BOARD_REOPENED", null, null, before, after);
            publish(board, revision, List.of(), List.of(), null, after);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The board as the signed-in member may see it, from the database. */
    @Transactional(readOnly = true)
    public BoardSnapshot open(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        NetworkRole role = access.roleIn(board.getNetworkId());
        long me = access.currentMemberId();
        List<Note> all = notes.findActive(boardId);
        // Hidden posts are gone for everyone; private ones are only their author's until the reveal.
        List<Note> active = all.stream().filter(n -> n.visibleTo(me)).toList();
        // Shared: everyone who opens the board at this revision holds the same note states.
        List<NoteState> noteStates = noteStates(board,
                active.stream().sorted(Comparator.comparingLong(Note::getSectionId)
                        .thenComparingDouble(Note::getPosition)).toList(),
                board.getRevision()).stream().map(OPENED_NOTES::intern).toList();
        Set<Long> mine = active.stream().filter(n -> n.getAuthorId() == me).map(Note::getId)
                .collect(Collectors.toSet());
        Map<Long, Integer> myDots = new HashMap<>();
        if (board.getVoteState() != VoteState.NONE) {
            for (Object[] row : votes.dotsOf(boardId, board.getVoteRound(), me)) {
                myDots.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        Set<Long> myResonates = board.getKind() == BoardKind.REFLECTION_WALL
                ? new HashSet<>(reactions.notesOf(boardId, me)) : Set.of();
        WallStatus wall = board.getKind() == BoardKind.REFLECTION_WALL && role.canFacilitate()
                ? wallStatus(board, all) : null;
        return new BoardSnapshot(boardState(board), board.getNetworkId(), board.getGatheringId(),
                sections.findActive(boardId).stream().map(BoardService::sectionState).toList(), noteStates, mine,
                myDots, role.canFacilitate(), board.getRevision(), myResonates, wall);
    }

    /** A wall's facilitator view (counts only), for a facilitator's screen to refresh as posts come in. */
    @Transactional(readOnly = true)
    public WallStatus wallStatus(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        requireFacilitator(board);
        requireWall(board);
        return wallStatus(board, notes.findActive(boardId));
    }

    private static WallStatus wallStatus(Board board, List<Note> active) {
        Map<Long, Integer> privateCounts = new HashMap<>();
        Set<Long> posters = new HashSet<>();
        for (Note note : active) {
            posters.add(note.getAuthorId());
            if (note.isPrivatePost()) {
                privateCounts.merge(note.getSectionId(), 1, Integer::sum);
            }
        }
        boolean weak = board.isPostsAnonymous() && !posters.isEmpty() && posters.size() < ANONYMITY_MIN_POSTERS;
        return new WallStatus(privateCounts, posters.size(), weak);
    }

    /** The change log, for facilitators. Who did what is shown, except for anonymous notes. */
    @Transactional(readOnly = true)
    public List<ChangeEntry> history(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        NetworkRole role = access.roleIn(board.getNetworkId());
        if (!role.canFacilitate()) {
            throw new PermissionDeniedException();
        }
        long me = access.currentMemberId();
        List<BoardChange> log = changes.findByBoardIdOrderByRevision(boardId);
        List<Note> logged = notes.findAllById(log.stream().map(BoardChange::getNoteId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Set<Long> anonymousNotes = logged.stream().filter(Note::isAnonymous).map(Note::getId)
                .collect(Collectors.toSet());
        // Someone else's private post is not in the history until the reveal: not even that it exists.
        Set<Long> othersPrivate = logged.stream().filter(n -> n.isPrivatePost() && n.getAuthorId() != me)
                .map(Note::getId).collect(Collectors.toSet());
        Map<Long, String> names = members.displayNames(log.stream().map(BoardChange::getMemberId)
                .collect(Collectors.toSet()));
        return log.stream().filter(c -> c.getNoteId() == null || !othersPrivate.contains(c.getNoteId()))
                .map(c -> new ChangeEntry(c.getRevision(), c.getCreatedAt(),
                        c.getNoteId() != null && anonymousNotes.contains(c.getNoteId())
                                && !FACILITATOR_NOTE_ACTIONS.contains(c.getAction())
                                        ? null : names.get(c.getMemberId()),
                        c.getAction(), c.getNoteId(), c.getSectionId(), c.getBefore(), c.getAfter(),
                        detail(c)))
                .toList();
    }

    /** The reason a post was hidden, read back from the log entry. */
    private @Nullable String detail(BoardChange change) {
        if (!"NOTE_HIDDEN".equals(change.getAction()) || change.getAfter() == null) {
            return null;
        }
        var reason = json.readTree(change.getAfter()).get("reason");
        return reason == null ? null : reason.asString();
    }

    // ---------------------------------------------------------------- notes

    public NoteState addNote(long boardId, long sectionId, String text, @Nullable NoteColour colour,
            boolean anonymous) {
        return addNote(boardId, sectionId, text, colour, anonymous, null);
    }

    /** Adds a note; {@code mirror} marks a coach's mirror in a case clinic (I see / I sense / I feel). */
    public NoteState addNote(long boardId, long sectionId, String text, @Nullable NoteColour colour,
            boolean anonymous, @Nullable NoteMirror mirror) {
        Board board = lockForMember(boardId);
        requireMayWrite(board);
        BoardSection section = activeSection(board, sectionId);
        String cleanText = TextRules.requiredMultilineText(text, TextRules.NOTE_MAX, "field.note");
        if (anonymous && !board.isAllowAnonymous() && !board.isPostsAnonymous()) {
            throw new InvalidInputException("board.anonymous-not-allowed");
        }
        if (mirror != null && !mayMirror(board, section)) {
            throw new InvalidInputException("board.mirror-not-here");
        }
        Instant now = Instant.now(clock);
        double position = notes.maxPosition(section.getId()) + 1;
        Note note = new Note(board.getId(), section.getId(), cleanText, colour == null ? NoteColour.YELLOW : colour,
                access.currentMemberId(), anonymous || board.isPostsAnonymous(), position, now);
        if (board.isPrivateWriting()) {
            note.makePrivate();
        }
        if (mirror != null) {
            note.setMirror(mirror);
        }
        note = notes.saveAndFlush(note);
        long revision = board.nextRevision();
        NoteState state = noteState(note, newNoteContext(board, note), revision);
        log(board, revision, "NOTE_ADDED", note.getId(), section.getId(), null, state);
        publishStates(board, revision, note.isPrivatePost() ? List.of() : List.of(state), List.of());
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
        requireMayChange(board, note);
        String cleanText = TextRules.requiredMultilineText(text, TextRules.NOTE_MAX, "field.note");
        if (note.getTextVersion() != expectedVersion) {
            throw new EditConflictException(note.getText(), note.getTextVersion());
        }
        return changeNote(locked, "NOTE_EDITED", n -> n.edit(cleanText, Instant.now(clock)));
    }

    public NoteState recolourNote(long noteId, @Nullable NoteColour colour) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        requireMayChange(board, note);
        if (colour == null) {
            throw new InvalidInputException("validation.required", new TextRules.TranslatedArgument("field.colour"));
        }
        return changeNote(locked, "NOTE_RECOLOURED", n -> n.recolour(colour, Instant.now(clock)));
    }

    /** Applies a checked change to one note: store it, take the next revision, log before and after, announce. */
    private NoteState changeNote(Locked locked, String action, java.util.function.Consumer<Note> change) {
        Note note = locked.note();
        Board board = locked.board();
        // Text and colour changes leave names, dots, links and roles as they are: read them once.
        NoteContext context = noteContext(board, List.of(note));
        NoteState before = noteState(note, context, board.getRevision());
        change.accept(note);
        notes.saveAndFlush(note);
        long revision = board.nextRevision();
        NoteState after = noteState(note, context, revision);
        log(board, revision, action, note.getId(), note.getSectionId(), before, after);
        publishStates(board, revision, note.isPrivatePost() ? List.of() : List.of(after), List.of());
        return after;
    }

    public void deleteNote(long noteId) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        requireMayChange(board, note);
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
        publishNotes(board, revision, notes.findAllById(linkingHere), List.of(note));
    }

    /**
     * Moves a note into a section, before another note there, or to its end when {@code beforeNoteId} is null.
     * Any member may group notes; affinity grouping is the group's shared work.
     */
    public NoteState moveNote(long noteId, long sectionId, @Nullable Long beforeNoteId) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        if (board.getKind() == BoardKind.REFLECTION_WALL) {
            // A reflection is its author's: others do not rearrange it (facilitators may, to tidy the wall).
            requireAuthorOrModerator(board, note);
        }
        requireMayWrite(board);
        BoardSection target = activeSection(board, sectionId);
        NoteState before = noteState(board, note, board.getRevision());
        List<Note> others = new ArrayList<>(notes.findActiveInSection(target.getId()));
        others.removeIf(n -> n.getId().equals(note.getId()));
        int index = others.size();
        if (beforeNoteId != null) {
            index = -1;
            long me = access.currentMemberId();
            for (int i = 0; i < others.size(); i++) {
                // Only a note the member can see says where to go: no probing for private or hidden ones.
                if (others.get(i).getId().equals(beforeNoteId) && others.get(i).visibleTo(me)) {
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
                .map(this::anyNote).filter(n -> !n.isDeleted()).forEach(changedNotes::add);
        publishNotes(board, revision, changedNotes, List.of());
        return after;
    }

    /** Moves a note one place up (-1) or down (+1) in its section: the keyboard path for dragging. */
    public NoteState moveNoteWithinSection(long noteId, int steps) {
        Note note = lockForNote(noteId).note();
        long me = access.currentMemberId();
        // Up and down among the notes the member sees, not past private or hidden ones.
        List<Note> inSection = new ArrayList<>(notes.findActiveInSection(note.getSectionId()).stream()
                .filter(n -> n.visibleTo(me)).toList());
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
        Board board = lockForSectionChange(boardId);
        requireOwnSections(board);
        String cleanTitle = TextRules.requiredText(title, TextRules.TITLE_MAX,
                board.getKind().sectionFieldKey());
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
        Board board = lockForSectionChange(sections.findBoardId(sectionId).orElseThrow(ItemNotFoundException::new));
        BoardSection section = activeSection(board, sectionId);
        if (section.getStageKey() != null && !access.roleIn(board.getNetworkId()).canFacilitate()) {
            throw new PermissionDeniedException(); // the stages frame everyone's work: facilitators name them
        }
        String cleanTitle = TextRules.requiredText(title, TextRules.TITLE_MAX,
                board.getKind().sectionFieldKey());
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
        publish(board, revision, noteStates(board, shared(moved), revision), List.of(), sectionStates(board.getId()),
                null);
    }

    /**
     * Moves a section one place left (-1) or right (+1). Who may: as for renaming (on a reflection wall, only
     * facilitators change the prompts).
     */
    public List<SectionState> moveSection(long sectionId, int steps) {
        Board board = lockForSectionChange(sections.findBoardId(sectionId).orElseThrow(ItemNotFoundException::new));
        requireOwnSections(board); // built-in stages keep their order
        BoardSection section = activeSection(board, sectionId);
        List<BoardSection> ordered = new ArrayList<>(sections.findActive(board.getId()));
        int from = ordered.indexOf(section);
        int to = Math.max(0, Math.min(from + steps, ordered.size() - 1));
        if (to == from) {
            return sectionStates(board.getId());
        }
        SectionState before = sectionState(section);
        ordered.remove(from);
        ordered.add(to, section);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
        sections.flush();
        long revision = board.nextRevision();
        log(board, revision, "SECTION_MOVED", null, sectionId, before, sectionState(section));
        List<SectionState> after = sectionStates(board.getId());
        publish(board, revision, List.of(), List.of(), after, null);
        return after;
    }

    // ---------------------------------------------------------------- dot voting

    /** A facilitator opens a vote: each member gets {@code dots} dots; totals shown now or only at the end. */
    public BoardState startVote(long boardId, int dots, boolean totalsVisibleDuringVote) {
        Board board = lockForFacilitator(boardId);
        if (board.getKind() == BoardKind.REFLECTION_WALL) {
            // Reflections are not ranked: a wall has "resonates" instead.
            throw new InvalidInputException("wall.no-votes");
        }
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
        requireMayWrite(board);
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
        requireMayWrite(board);
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
        publish(board, revision, noteStates(board, shared(all), revision), List.of(), null, null);
    }

    // ---------------------------------------------------------------- reflection walls

    /** A facilitator starts private writing: posts written from now on are seen only by their authors. */
    public BoardState startPrivateWriting(long boardId) {
        Board board = lockForFacilitator(boardId);
        requireWall(board);
        if (board.isPrivateWriting()) {
            return boardState(board);
        }
        BoardState before = boardState(board);
        board.setPrivateWriting(true);
        long revision = board.nextRevision();
        BoardState after = boardState(board);
        log(board, revision, "PRIVATE_WRITING_STARTED", null, null, before, after);
        publish(board, revision, List.of(), List.of(), null, after);
        return after;
    }

    /**
     * A facilitator reveals every private post on the wall at once, in one change, and ends private writing:
     * everyone sees them all from this revision on.
     */
    public BoardState revealPrivatePosts(long boardId) {
        Board board = lockForFacilitator(boardId);
        requireWall(board);
        Instant now = Instant.now(clock);
        List<Note> revealed = notes.findActive(boardId).stream().filter(Note::isPrivatePost).toList();
        revealed.forEach(n -> n.reveal(now));
        notes.flush();
        BoardState before = boardState(board);
        board.setPrivateWriting(false);
        long revision = board.nextRevision();
        BoardState after = boardState(board);
        log(board, revision, "POSTS_REVEALED", null, null, before,
                Map.of("board", after, "revealed", revealed.size()));
        publish(board, revision, noteStates(board, shared(revealed), revision), List.of(), null, after);
        return after;
    }

    /**
     * Says whether the member resonates with a post (one per member and post; not on one's own post, whose
     * author could otherwise count themselves). Returns the post with its new count.
     */
    public NoteState setResonates(long noteId, boolean resonates) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        requireWall(board);
        long me = access.currentMemberId();
        if (note.getAuthorId() == me) {
            throw new InvalidInputException("wall.resonate-own");
        }
        if (reactions.existsByNoteIdAndMemberId(noteId, me) == resonates) {
            return noteState(board, note, board.getRevision());
        }
        if (resonates) {
            reactions.saveAndFlush(new Reaction(board.getId(), noteId, me, Instant.now(clock)));
        } else {
            reactions.deleteByNoteIdAndMemberId(noteId, me);
            reactions.flush();
        }
        long revision = board.nextRevision();
        NoteState after = noteState(board, note, revision);
        // The log keeps who reacted (the history names them, except on anonymous posts) and not the count.
        log(board, revision, resonates ? "RESONATED" : "RESONANCE_WITHDRAWN", noteId, note.getSectionId(), null,
                null);
        publishNotes(board, revision, List.of(note), List.of());
        return after;
    }

    /**
     * A facilitator hides a post that breaks the room's agreements: it is gone for everyone, and the history
     * keeps who hid it and why.
     */
    public void hidePost(long noteId, String reason) {
        Locked locked = lockForNote(noteId);
        Note note = locked.note();
        Board board = locked.board();
        requireFacilitator(board);
        requireWall(board); // elsewhere a facilitator edits or deletes; only a wall has "Hidden posts" to restore
        String cleanReason = TextRules.requiredText(reason, HIDE_REASON_MAX, "field.hide-reason");
        NoteState before = noteState(board, note, board.getRevision());
        note.hide(access.currentMemberId(), cleanReason, Instant.now(clock));
        notes.saveAndFlush(note);
        long revision = board.nextRevision();
        log(board, revision, "NOTE_HIDDEN", noteId, note.getSectionId(), before, Map.of("reason", cleanReason));
        publish(board, revision, List.of(), List.of(noteId), null, null);
    }

    /** A facilitator brings a hidden post back, where it was. */
    public NoteState restorePost(long noteId) {
        long boardId = notes.findBoardId(noteId).orElseThrow(ItemNotFoundException::new);
        Board board = lockForFacilitator(boardId);
        Note note = notes.findById(noteId).orElseThrow(ItemNotFoundException::new);
        if (note.isDeleted() || !note.isHidden()) {
            throw new ItemNotFoundException();
        }
        if (sections.findActive(boardId).stream().noneMatch(s -> s.getId() == note.getSectionId())) {
            // Its prompt was removed while it was hidden: it comes back in the first one.
            BoardSection first = sections.findActive(boardId).getFirst();
            note.place(first.getId(), notes.maxPosition(first.getId()) + 1, Instant.now(clock));
        }
        Map<String, Object> before = Map.of("reason", note.getHiddenReason());
        note.restore(Instant.now(clock));
        notes.saveAndFlush(note);
        long revision = board.nextRevision();
        NoteState after = noteState(board, note, revision);
        log(board, revision, "NOTE_RESTORED", noteId, note.getSectionId(), before, after);
        publishNotes(board, revision, List.of(note), List.of());
        return after;
    }

    /** The posts facilitators have hidden on a board, newest first, for restoring. */
    @Transactional(readOnly = true)
    public List<HiddenPost> hiddenPosts(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        requireFacilitator(board);
        List<Note> hidden = notes.findHidden(boardId);
        Map<Long, String> names = members.displayNames(hidden.stream().map(Note::getHiddenBy)
                .collect(Collectors.toSet()));
        return hidden.stream().map(n -> new HiddenPost(n.getId(), n.getSectionId(), n.getText(),
                names.get(n.getHiddenBy()), n.getHiddenReason())).toList();
    }

    private static void requireWall(Board board) {
        if (board.getKind() != BoardKind.REFLECTION_WALL) {
            throw new InvalidInputException("wall.only-on-walls");
        }
    }

    private void requireFacilitator(Board board) {
        if (!access.roleIn(board.getNetworkId()).canFacilitate()) {
            throw new PermissionDeniedException();
        }
    }

    // ---------------------------------------------------------------- stages, steps, focus and timer

    /**
     * Changes a section's guidance (a stage's guiding questions, a step's instruction) and a step's length.
     * Blank guidance on a built-in stage or step means its default again, in each reader's language.
     * Facilitators only: the guidance frames everyone's work.
     */
    public SectionState updateGuidance(long sectionId, @Nullable String guidance, @Nullable Integer durationMinutes) {
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
    public BoardState setFocus(long boardId, @Nullable Long sectionId) {
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

    /** Applies a checked board-wide change: take the next revision, log before and after, announce. */
    private BoardState changeBoard(Board board, String action, @Nullable Long sectionId,
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
        if (!board.getKind().linksNotes()) {
            throw new InvalidInputException("board.no-links");
        }
        Note to = activeNote(toNoteId);
        if (to.getBoardId() != board.getId() || !to.visibleTo(access.currentMemberId())) {
            throw new ItemNotFoundException();
        }
        if (from.isPrivatePost() || to.isPrivatePost()) {
            // A private post is its author's until the reveal; a link would show it to others.
            throw new InvalidInputException("board.no-links-while-private");
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

    /** A mirror is a coach's, in a case clinic's mirroring step. */
    private boolean mayMirror(Board board, BoardSection section) {
        return board.getKind() == BoardKind.CASE_CLINIC && KindDefaults.MIRRORING.equals(section.getStageKey())
                && groupMembers.findByBoardId(board.getId()).stream()
                        .noneMatch(m -> m.getMemberId() == access.currentMemberId()
                                && m.getRole() == GroupRole.CASE_GIVER);
    }

    private NoteState afterLinkChange(Board board, Note from, String action, long toNoteId) {
        long revision = board.nextRevision();
        NoteState after = noteState(board, from, revision);
        log(board, revision, action, from.getId(), from.getSectionId(), null, Map.of("to", toNoteId));
        publishNotes(board, revision, List.of(from), List.of());
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
        return writable(board);
    }

    private Board lockForFacilitator(long boardId) {
        Board board = lock(boardId);
        access.requireRoleIn(board.getNetworkId(), NetworkRole.FACILITATOR, NetworkRole.COORDINATOR);
        return writable(board);
    }

    /**
     * Every change passes here, after the member's right in the network was checked (so another network's board
     * still answers as missing): a closed gathering's board takes no change from anyone.
     */
    private static Board writable(Board board) {
        if (board.isReadOnly()) {
            throw new InvalidInputException("board.read-only");
        }
        return board;
    }

    /**
     * Takes the board's row lock and re-reads the row under it: if the board was already loaded in this
     * transaction, Hibernate would otherwise hand back that older copy, with an older revision.
     */
    private Board lock(long boardId) {
        // Usually the board is not loaded yet, and the locking read is the only one.
        boolean loadedBefore = inPersistenceContext(boardId);
        Board board = boards.findActiveForUpdate(boardId).orElseThrow(ItemNotFoundException::new);
        if (loadedBefore) {
            entityManager.refresh(board, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        return board;
    }

    /** Whether this transaction already holds a copy of the board (without loading it or making a proxy). */
    private boolean inPersistenceContext(long boardId) {
        var session = entityManager.unwrap(org.hibernate.engine.spi.SessionImplementor.class);
        var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Board.class);
        return session.getPersistenceContextInternal().getEntity(session.generateEntityKey(boardId, persister)) != null;
    }

    /**
     * Who may change a note's text, colour or existence: its author, and on an idea board its moderators too. A
     * reflection is its author's alone (facilitators hide a post instead of rewriting it).
     */
    private void requireMayChange(Board board, Note note) {
        if (board.getKind() == BoardKind.REFLECTION_WALL && note.getAuthorId() != access.currentMemberId()) {
            throw new PermissionDeniedException();
        }
        requireAuthorOrModerator(board, note);
    }

    /** Sections are the group's on an idea board; a reflection wall's prompts are its facilitators'. */
    private Board lockForSectionChange(long boardId) {
        Board board = lockForMember(boardId);
        if (board.getKind() == BoardKind.REFLECTION_WALL) {
            requireFacilitator(board);
        }
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

    /** A note the member can see: not deleted, not hidden, and not someone else's private post. */
    private Note activeNote(long noteId) {
        Note note = notes.findById(noteId).orElseThrow(ItemNotFoundException::new);
        if (!note.visibleTo(access.currentMemberId())) {
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
    private record NoteContext(Map<Long, String> names, @Nullable Map<Long, Integer> totals,
            Map<Long, List<Long>> links,
            Map<Long, GroupRole> roles, Map<Long, Integer> resonates) {
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
        if (!linked.isEmpty()) {
            // A link to a hidden or private note is not shown: it would point at what others may not see.
            Set<Long> targets = linked.values().stream().flatMap(List::stream).collect(Collectors.toSet());
            Set<Long> shown = notes.findAllById(targets).stream()
                    .filter(n -> !n.isDeleted() && !n.isHidden() && !n.isPrivatePost()).map(Note::getId)
                    .collect(Collectors.toSet());
            linked.values().forEach(to -> to.retainAll(shown));
        }
        Map<Long, GroupRole> roles = new HashMap<>();
        if (KindDefaults.hasGroup(board.getKind())) {
            groupMembers.findByBoardId(board.getId()).forEach(m -> roles.put(m.getMemberId(), m.getRole()));
        }
        Map<Long, Integer> resonates = board.getKind() == BoardKind.REFLECTION_WALL ? resonates(board) : Map.of();
        return new NoteContext(authorNames(list), board.totalsVisible() ? totals(board) : null, linked, roles,
                resonates);
    }

    /**
     * A note just written has no dots, links or resonances yet: only its author's name (and part in the board's
     * group) is read. Adding a note is what a live board does most, and every query here is a round trip before
     * anyone sees the note.
     */
    private NoteContext newNoteContext(Board board, Note note) {
        Map<Long, GroupRole> roles = new HashMap<>();
        if (KindDefaults.hasGroup(board.getKind()) && !note.isAnonymous()) {
            groupMembers.findByBoardId(board.getId()).forEach(m -> roles.put(m.getMemberId(), m.getRole()));
        }
        return new NoteContext(authorNames(List.of(note)), board.totalsVisible() ? Map.of() : null, Map.of(), roles,
                Map.of());
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

    /** Every note all members may see (for announcing a board-wide change). */
    private List<NoteState> allNoteStates(Board board, long revision) {
        return noteStates(board, shared(notes.findActive(board.getId())), revision);
    }

    /** The notes that every member may see: not hidden, not private. Only these go to the live layer. */
    private static List<Note> shared(List<Note> list) {
        return list.stream().filter(n -> !n.isDeleted() && !n.isHidden() && !n.isPrivatePost()).toList();
    }

    private Map<Long, Integer> resonates(Board board) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : reactions.counts(board.getId())) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    private static NoteState noteState(Note note, NoteContext context, long revision) {
        Map<Long, Integer> totals = context.totals();
        return new NoteState(note.getId(), note.getSectionId(), note.getText(), note.getColour(),
                note.isAnonymous() ? null : context.names().get(note.getAuthorId()), note.isAnonymous(),
                note.getPosition(), note.getTextVersion(),
                totals == null ? null : totals.getOrDefault(note.getId(), 0), revision, note.isPrivatePost(),
                context.resonates().getOrDefault(note.getId(), 0), note.getMirror(),
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
                board.isVoteTotalsVisible(), board.getRevision(), board.isPostsAnonymous(),
                board.isPrivateWriting(), board.getFocusSectionId(), board.getTimerEndsAt(),
                board.getTimerPausedSeconds(), group(board), board.isReadOnly());
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
                board.getTitle(), board.getInstructions(), board.getPosition(), board.isAllowAnonymous(),
                board.isPostsAnonymous());
    }

    private void log(Board board, long revision, String action, @Nullable Long noteId, @Nullable Long sectionId,
            @Nullable Object before, @Nullable Object after) {
        changes.save(new BoardChange(board.getId(), revision, access.currentMemberId(), action, noteId, sectionId,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after), Instant.now(clock)));
    }

    /**
     * Announces changed and removed notes, leaving out private ones: a private post never reaches the live layer,
     * so no other member's screen can receive it (its author's screen shows it from the service's answer). When
     * nothing is left to say, the board's state is announced instead, so facilitators' screens still hear that
     * the wall changed (their private-post counts).
     */
    private void publishNotes(Board board, long revision, List<Note> changed, List<Note> removed) {
        publishStates(board, revision, noteStates(board, shared(changed), revision),
                removed.stream().filter(n -> !n.isPrivatePost()).map(Note::getId).toList());
    }

    /** As {@link #publishNotes}, for states already made (and already without private posts). */
    private void publishStates(Board board, long revision, List<NoteState> states, List<Long> removedIds) {
        if (states.isEmpty() && removedIds.isEmpty()) {
            publish(board, revision, List.of(), List.of(), null, boardState(board));
        } else {
            publish(board, revision, states, removedIds, null, null);
        }
    }

    private void publish(Board board, long revision, List<NoteState> changedNotes, List<Long> removed,
            @Nullable List<SectionState> sectionList, @Nullable BoardState boardState) {
        events.publishEvent(new BoardChanged(board.getId(), revision, changedNotes, removed, sectionList,
                boardState));
    }
}
