package org.samskab.board;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardRules.Refusal;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.database.DatabaseReachability;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a board changes, written once so no operation can forget a step: find who acts (before the lock),
 * take the board's row lock, check the rules, apply, take the next revision, append to the change log with its
 * {@link ChangeAction}, and announce {@link BoardChanged} (the live layer hears it after commit, so nothing is
 * shown that is not stored). A change waits for its turn on its board before it takes a database connection
 * ({@link BoardQueue}), then runs in a transaction of its own.
 * <p>
 * Only the lock, the state it guards and the writes happen under the lock: the member's role in the network and
 * their part in the board's group are read before it. Neither depends on the board's state, and a change racing
 * with a role change is no different from one that came a moment earlier.
 */
@Component
class ChangePipeline {

    /** What a board is, as far as checking who acts needs: it never changes after the board is created. */
    private record BoardFacts(long networkId, @Nullable Long gatheringId, BoardKind kind) {
    }

    /** Read once per board per server: a board's network and kind never change, so the cache is never stale. */
    private final Map<Long, BoardFacts> facts = new ConcurrentHashMap<>();
    private static final int FACTS_KEPT = 10_000;
    private final Map<Long, Long> noteBoards = new ConcurrentHashMap<>();
    private static final int NOTE_BOARDS_KEPT = 200_000;
    private final BoardQueue queue;
    private final ActionPace pace;
    private final DatabaseReachability reachability;

    private final BoardRepository boards;
    private final NoteRepository notes;
    private final SectionRepository sections;
    private final GroupMemberRepository groupMembers;
    private final BoardChangeRepository changes;
    private final NetworkAccess access;
    private final Attendance attendance;
    private final BoardStates states;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    @PersistenceContext
    @SuppressWarnings("NullAway.Init") // injected by JPA after construction
    private EntityManager entityManager;

    ChangePipeline(BoardRepository boards, NoteRepository notes, SectionRepository sections,
            GroupMemberRepository groupMembers, BoardChangeRepository changes, NetworkAccess access,
            BoardStates states, ApplicationEventPublisher events, JsonMapper json, Clock clock,
            BoardTurns turns, Attendance attendance, ActionPace pace, DatabaseReachability reachability,
            @org.springframework.beans.factory.annotation.Value("${samskab.board.longest-wait:5s}") java.time.Duration longestWait) {
        this.pace = pace;
        this.reachability = reachability;
        this.attendance = attendance;
        this.queue = new BoardQueue(turn -> turns.runTogether(turn, this::networkOf), longestWait.toNanos());
        this.boards = boards;
        this.notes = notes;
        this.sections = sections;
        this.groupMembers = groupMembers;
        this.changes = changes;
        this.access = access;
        this.states = states;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A change to the board itself. */
    interface BoardStep<T> {
        T apply(Change change);
    }

    /** A change to one note, read under the board's lock. */
    interface NoteStep<T> {
        T apply(Change change, Note note);
    }

    /** A change to one section, read under the board's lock. */
    interface SectionStep<T> {
        T apply(Change change, BoardSection section);
    }

    <T> T onBoard(long boardId, ChangeAction action, BoardStep<T> step) {
        return run(boardId, action, NOTHING_BEFORE_LOCK, (change, actor) -> step.apply(change));
    }

    /** What a change reads before the board's row lock: what does not depend on the board's state. */
    interface BeforeLock<R> {
        R read(Actor actor);
    }

    /** For changes that read nothing before the lock (the actor, already known, stands in). */
    private static final BeforeLock<Actor> NOTHING_BEFORE_LOCK = actor -> actor;

    /** A change to the board itself, given what it read before the lock. */
    interface PreparedStep<R, T> {
        T apply(Change change, R read);
    }

    /** As {@link #onBoard(long, ChangeAction, BoardStep)}, reading first what needs no lock (names, say). */
    <R, T> T onBoard(long boardId, ChangeAction action, BeforeLock<R> beforeLock, PreparedStep<R, T> step) {
        return run(boardId, action, beforeLock, step);
    }

    /**
     * Reads the note only once the board's lock is held, so it is as the last change under that lock left it. A
     * note the member cannot see (deleted, hidden, someone else's private post) answers as missing.
     */
    <T> T onNote(long noteId, ChangeAction action, NoteStep<T> step) {
        return run(boardOfNote(noteId), action, NOTHING_BEFORE_LOCK,
                (change, actor) -> step.apply(change, change.visibleNote(noteId)));
    }

    <T> T onSection(long sectionId, ChangeAction action, SectionStep<T> step) {
        long boardId = sections.findBoardId(sectionId).orElseThrow(ItemNotFoundException::new);
        return run(boardId, action, NOTHING_BEFORE_LOCK,
                (change, actor) -> step.apply(change, change.activeSection(sectionId)));
    }

    /** The board a note is on: it never changes, so it is read once per note and server. */
    long boardOfNote(long noteId) {
        Long known = noteBoards.get(noteId);
        if (known != null) {
            return known;
        }
        long boardId = notes.findBoardId(noteId).orElseThrow(ItemNotFoundException::new);
        if (noteBoards.size() >= NOTE_BOARDS_KEPT) {
            noteBoards.clear();
        }
        noteBoards.put(noteId, boardId);
        return boardId;
    }

    /**
     * Records a board just created (its first revision); nobody has it open, so nothing is announced. Who may
     * create one is the network's rule, checked by the caller.
     */
    void created(Board board, BoardState state, List<SectionState> sections) {
        long revision = board.nextRevision();
        append(board, revision, ChangeAction.BOARD_CREATED, null, null, null,
                Map.of("board", state, "sections", sections),
                new BoardChanged(board.getId(), revision, List.of(), List.of(), sections, state));
    }

    /**
     * Who the signed-in member is on a board: "not found" when they are neither in its network nor a guest of its
     * gathering.
     */
    Actor actor(long boardId) {
        BoardFacts board = facts(boardId);
        long me = access.currentMemberId();
        boolean facilitator = roleOn(board, me).canFacilitate();
        GroupRole role = board.kind().hasGroup() ? groupMembers.findRole(boardId, me).orElse(null) : null;
        return new Actor(me, facilitator, role);
    }

    /**
     * The member's role, from what their turn read at once, else read now (a guest's, too); "not found" for anyone
     * who may not be on the board.
     */
    private NetworkRole roleOn(BoardFacts board, long me) {
        NetworkRole inTurn = BoardTurns.roleInTurn(board.networkId(), me);
        return inTurn != null ? inTurn : attendance.roleOn(board.networkId(), board.gatheringId());
    }

    /** The board's network, or null when there is no such board (its change then answers "not found" itself). */
    private @Nullable Long networkOf(long boardId) {
        try {
            return facts(boardId).networkId();
        } catch (ItemNotFoundException missing) {
            return null;
        }
    }

    private BoardFacts facts(long boardId) {
        BoardFacts known = facts.get(boardId);
        if (known != null) {
            return known;
        }
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        if (facts.size() >= FACTS_KEPT) {
            facts.clear();
        }
        BoardFacts read = new BoardFacts(board.getNetworkId(), board.getGatheringId(), board.getKind());
        facts.put(boardId, read);
        return read;
    }

    /**
     * Runs a change in its board's turn, in a transaction shared with the changes that waited for the same turn
     * ({@link BoardTurns}), or inside the caller's transaction when there is one (closing a gathering's agenda,
     * making a board from a template): then the caller already holds a connection, and waiting for a turn would
     * not spare one. The change carries its member's identity to whichever thread runs the turn.
     */
    private <R, T> T run(long boardId, ChangeAction action, BeforeLock<R> beforeLock, PreparedStep<R, T> step) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return runLocked(boardId, action, beforeLock, step);
        }
        long me = access.currentMemberId();
        // A database known to be gone: refused now, not after holding the board's turn for the pool's time-out.
        reachability.refuseWhilePaused();
        // One member's own pace, before anything else is read: a flood costs the database nothing.
        pace.take(me);
        return queue.inTurn(boardId, new BoardTurns.Queued<>(boardId, me, access.onBehalfOfCurrentMember(
                () -> runLocked(boardId, action, beforeLock, step))));
    }

    private <R, T> T runLocked(long boardId, ChangeAction action, BeforeLock<R> beforeLock,
            PreparedStep<R, T> step) {
        Actor actor = actor(boardId);
        R read = beforeLock.read(actor);
        Change change = new Change(lock(boardId), actor, action);
        T result = step.apply(change, read);
        if (!change.unchanged) {
            change.finish();
        }
        return result;
    }

    /**
     * Takes the board's row lock and re-reads the row under it: if the board was already loaded in this
     * transaction, Hibernate would otherwise hand back that older copy, with an older revision.
     */
    Board lock(long boardId) {
        if (BoardTurns.lockedInTurn(boardId)) {
            // An earlier change of this turn locked it: the row is this transaction's, and so is its latest state.
            Board board = entityManager.find(Board.class, boardId);
            if (board == null || board.isRemoved()) {
                throw new ItemNotFoundException();
            }
            return board;
        }
        Board board = lockAndRead(boardId);
        BoardTurns.lockedNow(boardId);
        return board;
    }

    private Board lockAndRead(long boardId) {
        // Usually the board is not loaded yet, and the locking read is the only one.
        boolean loadedBefore = inPersistenceContext(boardId);
        Board board = boards.findActiveForUpdate(boardId).orElseThrow(ItemNotFoundException::new);
        if (loadedBefore) {
            entityManager.refresh(board, LockModeType.PESSIMISTIC_WRITE);
        }
        return board;
    }

    /** Whether this transaction already holds a copy of the board (without loading it or making a proxy). */
    private boolean inPersistenceContext(long boardId) {
        var session = entityManager.unwrap(org.hibernate.engine.spi.SessionImplementor.class);
        var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Board.class);
        return session.getPersistenceContextInternal().getEntity(session.generateEntityKey(boardId, persister)) != null;
    }

    private void append(Board board, long revision, ChangeAction action, @Nullable Long noteId,
            @Nullable Long sectionId, @Nullable Object before, @Nullable Object after) {
        append(board, revision, action, noteId, sectionId, before, after, null);
    }

    private void append(Board board, long revision, ChangeAction action, @Nullable Long noteId,
            @Nullable Long sectionId, @Nullable Object before, @Nullable Object after,
            @Nullable BoardChanged announced) {
        changes.save(new BoardChange(board.getId(), revision, access.currentMemberId(), action, noteId, sectionId,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after),
                announced == null ? null : json.writeValueAsString(announced), Instant.now(clock)));
    }

    /**
     * One change in progress: the board under its row lock, who acts, and what the log entry and the
     * announcement will say. The step checks and applies; the pipeline does the rest when the step returns.
     */
    final class Change {

        private final Board board;
        private final Actor actor;
        private final ChangeAction action;
        private final Instant now;
        private long revision;
        private boolean unchanged;
        private boolean checked;
        private @Nullable Long noteId;
        private @Nullable Long sectionId;
        private @Nullable Object before;
        private @Nullable Object after;
        private List<NoteState> announcedNotes = List.of();
        private List<Long> removedNotes = List.of();
        private @Nullable List<SectionState> announcedSections;
        private @Nullable BoardState announcedBoard;

        private Change(Board board, Actor actor, ChangeAction action) {
            this.board = board;
            this.actor = actor;
            this.action = action;
            this.now = Instant.now(clock);
            board.checkAt(now); // the rules judge a countdown that stops input by the change's time
        }

        Board board() {
            return board;
        }

        Actor actor() {
            return actor;
        }

        long memberId() {
            return actor.memberId();
        }

        Instant now() {
            return now;
        }

        /** Refuses the change unless the board's rules, as they stand under the lock, allow it. */
        void require(@Nullable Refusal refusal) {
            board.rules().require(refusal);
            checked = true;
        }

        /** The revision this change makes; the first call takes it, so every state built after carries it. */
        long revision() {
            if (revision == 0) {
                revision = board.nextRevision();
            }
            return revision;
        }

        /** The change turned out to change nothing: no revision, no log entry, no announcement. */
        <T> T unchanged(T result) {
            unchanged = true;
            return result;
        }

        /** What the log entry says beyond who did what when: the note or section, and before and after. */
        Change log(@Nullable Long noteId, @Nullable Long sectionId, @Nullable Object before, @Nullable Object after) {
            this.noteId = noteId;
            this.sectionId = sectionId;
            this.before = before;
            this.after = after;
            return this;
        }

        Change announceNotes(List<NoteState> notes) {
            this.announcedNotes = notes;
            return this;
        }

        Change announceRemoved(List<Long> noteIds) {
            this.removedNotes = noteIds;
            return this;
        }

        Change announceSections(List<SectionState> sections) {
            this.announcedSections = sections;
            return this;
        }

        Change announceBoard(BoardState state) {
            this.announcedBoard = state;
            return this;
        }

        /**
         * Announces changed and removed notes, leaving out private ones: a private post never reaches the live
         * layer, so no other member's screen can receive it (its author's screen shows it from the service's
         * answer). When nothing is left to say, the board's state is announced instead, so facilitators' screens
         * still hear that the wall changed (their private-post counts).
         */
        Change announceShared(List<Note> changed, List<Note> removed) {
            return announceSharedStates(states.shared(board, changed, revision()),
                    removed.stream().filter(n -> !n.isPrivatePost()).map(Note::getId).toList());
        }

        /** As {@link #announceShared}, for states already made (and already without private posts). */
        Change announceSharedStates(List<NoteState> shared, List<Long> removedIds) {
            if (shared.isEmpty() && removedIds.isEmpty()) {
                return announceBoard(states.board(board));
            }
            return announceNotes(shared).announceRemoved(removedIds);
        }

        /** A note the member can see: not deleted, not hidden, and not someone else's private post. */
        Note visibleNote(long id) {
            Note note = notes.findById(id).orElseThrow(ItemNotFoundException::new);
            if (note.getBoardId() != board.getId() || !note.visibleTo(actor.memberId())) {
                throw new ItemNotFoundException();
            }
            return note;
        }

        BoardSection activeSection(long id) {
            BoardSection section = sections.findById(id).orElseThrow(ItemNotFoundException::new);
            if (section.getBoardId() != board.getId() || section.isRemoved()) {
                throw new ItemNotFoundException();
            }
            return section;
        }

        private void finish() {
            if (!checked) {
                // A programming error, caught by any test of the operation: every change asks the rules.
                throw new IllegalStateException(action + " changed board " + board.getId() + " unchecked");
            }
            long made = revision();
            boolean announces = !announcedNotes.isEmpty() || !removedNotes.isEmpty() || announcedSections != null
                    || announcedBoard != null;
            BoardChanged changed = new BoardChanged(board.getId(), made, announcedNotes, removedNotes,
                    announcedSections, announcedBoard);
            // The log keeps what screens were told, so the board's history replays as they saw it (ADR 0195).
            append(board, made, action, noteId, sectionId, before, after, announces ? changed : null);
            if (announces) {
                events.publishEvent(changed);
            } else {
                events.publishEvent(new BoardChangedQuietly(board.getId(), made));
            }
        }
    }
}
