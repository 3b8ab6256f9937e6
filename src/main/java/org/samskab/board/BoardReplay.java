package org.samskab.board;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardTimeline.Step;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.GroupMemberState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A board's history to replay (issue 16, docs/adr/0195), for anyone who may read the board: the announcements the
 * change log kept, with the rules of today applied to them. A post hidden by a facilitator is left out of every
 * frame, and who wrote a note is named as the board names them now (an author who became anonymous stays so in
 * the past too), so replay shows nothing the board would not.
 */
@Service
@Transactional(readOnly = true)
public class BoardReplay {

    private final BoardRepository boards;
    private final BoardChangeRepository changes;
    private final NoteRepository notes;
    private final ChangePipeline pipeline;
    private final PublishGate gate;
    private final MemberService members;
    private final JsonMapper json;
    private final BoardStates states;

    BoardReplay(BoardRepository boards, BoardChangeRepository changes, NoteRepository notes, ChangePipeline pipeline,
            PublishGate gate, MemberService members, JsonMapper json, BoardStates states) {
        this.states = states;
        this.boards = boards;
        this.changes = changes;
        this.notes = notes;
        this.pipeline = pipeline;
        this.gate = gate;
        this.members = members;
        this.json = json;
    }

    public BoardTimeline timeline(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        Actor actor = pipeline.actor(boardId);
        gate.requireMayRead(board, actor);
        List<BoardChange> log = changes.findByBoardIdOrderByRevision(boardId).stream()
                .filter(c -> c.getAnnounced() != null).toList();
        List<BoardChanged> told = log.stream()
                .map(c -> json.readValue(java.util.Objects.requireNonNull(c.getAnnounced()), BoardChanged.class))
                .toList();
        Set<Long> noteIds = new HashSet<>();
        Set<Long> seated = new HashSet<>();
        told.forEach(t -> {
            t.notes().forEach(n -> noteIds.add(n.id()));
            if (t.board() != null) {
                t.board().group().forEach(g -> seated.add(g.memberId()));
            }
        });
        Map<Long, Note> now = notes.findAllById(noteIds).stream()
                .collect(Collectors.toMap(Note::getId, Function.identity()));
        Set<Long> named = now.values().stream().filter(n -> !n.isAnonymous()).map(Note::getAuthorId)
                .collect(Collectors.toCollection(HashSet::new));
        named.addAll(seated);
        Map<Long, String> names = members.displayNames(named);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            BoardChange entry = log.get(i);
            BoardChanged change = told.get(i);
            List<NoteState> shown = new ArrayList<>();
            List<Long> removed = new ArrayList<>(change.removedNoteIds());
            for (NoteState state : change.notes()) {
                Note note = now.get(state.id());
                if (note == null || note.isHidden()) {
                    removed.add(state.id()); // hidden by a facilitator: gone from the past too
                    continue;
                }
                shown.add(asNow(state, note, names));
            }
            BoardState stateThen = change.board() == null ? null : groupAsNow(change.board(), names);
            steps.add(new Step(entry.getRevision(), entry.getCreatedAt(), entry.getAction(),
                    new BoardChanged(boardId, entry.getRevision(), shown, removed, change.sections(), stateThen)));
        }
        Set<Long> deleted = now.values().stream().filter(n -> n.isDeleted() && !n.isHidden()).map(Note::getId)
                .collect(Collectors.toSet());
        boolean fromCreation = !log.isEmpty() && log.getFirst().getAction() == ChangeAction.BOARD_CREATED;
        return new BoardTimeline(boardId, steps, deleted, board.rules().facilitate(actor) == null,
                fromCreation ? List.of() : states.sections(boardId));
    }

    /** A case clinic's group as named now: a member whose account was deleted is named nowhere. */
    private static BoardState groupAsNow(BoardState then, Map<Long, String> names) {
        if (then.group().isEmpty()) {
            return then;
        }
        return then.withGroup(then.group().stream()
                .map(g -> new GroupMemberState(g.memberId(), names.get(g.memberId()), g.role())).toList());
    }

    /** The state as announced then, its author named as the board names them now. */
    private static NoteState asNow(NoteState then, Note note, Map<Long, String> names) {
        boolean anonymous = note.isAnonymous();
        return new NoteState(then.id(), then.sectionId(), then.text(), then.colour(),
                anonymous ? null : names.get(note.getAuthorId()), anonymous, then.position(), then.version(),
                then.votes(), then.revision(), then.privatePost(), then.resonates(), then.mirror(),
                anonymous ? null : then.authorRole(), then.linksTo(), then.roomOnly());
    }
}
