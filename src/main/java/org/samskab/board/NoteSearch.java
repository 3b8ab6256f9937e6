package org.samskab.board;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.samskab.base.TextRules;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardViews.FoundNote;
import org.samskab.board.BoardViews.FoundTitle;
import org.samskab.board.BoardViews.SearchResults;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over a network's boards (docs/adr/0193): notes, board titles and section titles, in Danish,
 * Norwegian and English. Only boards the member may read are searched (the publish gate is asked per board, as
 * when one is opened), and only notes every reader of the board sees and the network keeps: never deleted, hidden,
 * private or "for the room only" posts. Authors are not indexed, so nobody is found by who wrote anonymously; a
 * hit names its author only where the board would.
 */
@Service
@Transactional(readOnly = true)
public class NoteSearch {

    /** The longest query taken: a few words, not a text. */
    public static final int QUERY_MAX = 200;

    private final BoardRepository boards;
    private final SectionRepository sections;
    private final NetworkAccess access;
    private final PublishGate gate;
    private final MemberService members;
    @PersistenceContext
    @SuppressWarnings("NullAway.Init") // injected by JPA after construction
    private EntityManager entityManager;

    NoteSearch(BoardRepository boards, SectionRepository sections, NetworkAccess access, PublishGate gate,
            MemberService members) {
        this.boards = boards;
        this.sections = sections;
        this.access = access;
        this.gate = gate;
        this.members = members;
    }

    /**
     * The {@code limit} best notes for {@code query} in the network, with how many matched in all, and up to
     * {@code limit} matching board and section titles. "Not found" for a network the member is not in.
     */
    public SearchResults search(long networkId, String query, int limit) {
        Actor actor = new Actor(access.currentMemberId(), access.roleIn(networkId).canFacilitate(), null);
        String words = TextRules.requiredText(query, QUERY_MAX, "field.search");
        Map<Long, Board> readable = readable(networkId, actor);
        if (readable.isEmpty()) {
            return SearchResults.NONE;
        }
        List<Long> boardIds = List.copyOf(readable.keySet());
        SearchSession session = Search.session(entityManager);
        SearchResult<Note> found = session.search(Note.class)
                .where(f -> f.bool().must(matching(f, words)).filter(f.terms().field("boardId").matchingAny(boardIds))
                        .mustNot(f.exists().field("deletedAt")).mustNot(f.exists().field("hiddenAt"))
                        .filter(f.match().field("privatePost").matching(false))
                        .filter(f.match().field("roomOnly").matching(false)))
                .fetch(limit);
        // Checked again on the rows as the database has them now: the index may lag a moment behind.
        List<Note> notes = found.hits().stream().filter(n -> readable.containsKey(n.getBoardId()) && kept(n))
                .toList();
        Map<Long, BoardSection> sectionsOf = sections
                .findAllById(notes.stream().map(Note::getSectionId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(BoardSection::getId, Function.identity()));
        Map<Long, String> names = members.displayNames(notes.stream().filter(n -> !n.isAnonymous())
                .map(Note::getAuthorId).collect(Collectors.toSet()));
        List<FoundNote> hits = notes.stream().map(n -> {
            Board board = java.util.Objects.requireNonNull(readable.get(n.getBoardId()));
            BoardSection section = sectionsOf.get(n.getSectionId());
            return new FoundNote(n.getId(), board.getId(), board.getTitle(), board.getGatheringId(),
                    section == null ? null : section.getTitle(), section == null ? null : section.getStageKey(),
                    n.getText(), n.isAnonymous() ? null : names.get(n.getAuthorId()));
        }).toList();
        return new SearchResults(hits, found.total().hitCount(), titles(session, words, readable, limit));
    }

    private List<FoundTitle> titles(SearchSession session, String words, Map<Long, Board> readable, int limit) {
        List<FoundTitle> titles = new java.util.ArrayList<>();
        session.search(Board.class).where(f -> f.bool().must(matching(f, words))
                .filter(f.id().matchingAny(List.copyOf(readable.keySet())))).fetchHits(limit).stream()
                .filter(b -> readable.containsKey(b.getId()))
                .forEach(b -> titles.add(new FoundTitle(b.getId(), b.getTitle(), b.getGatheringId(), null, null)));
        session.search(BoardSection.class).where(f -> f.bool().must(matching(f, words))
                .filter(f.terms().field("boardId").matchingAny(List.copyOf(readable.keySet())))
                .mustNot(f.exists().field("removedAt"))).fetchHits(limit).stream()
                .filter(s -> readable.containsKey(s.getBoardId()) && !s.isRemoved() && s.getTitle() != null)
                .forEach(s -> {
                    Board board = java.util.Objects.requireNonNull(readable.get(s.getBoardId()));
                    titles.add(new FoundTitle(board.getId(), board.getTitle(), board.getGatheringId(), s.getId(),
                            s.getTitle()));
                });
        return titles.size() <= limit ? titles : titles.subList(0, limit);
    }

    /** Every word must be found (as its stem, in any of the three languages); quotes search a phrase. */
    private static PredicateFinalStep matching(SearchPredicateFactory f, String words) {
        return SearchFields.matching(f, words, SearchIndexMapping.TEXT_FIELDS);
    }

    /** The boards of the network the member may read now: the publish gate, asked once per gathering. */
    private Map<Long, Board> readable(long networkId, Actor actor) {
        Map<Long, Boolean> gatherings = new HashMap<>();
        Map<Long, Board> readable = new HashMap<>();
        for (Board board : boards.findInNetwork(networkId)) {
            Long gathering = board.getGatheringId();
            boolean mayRead = !board.isWithheld() || gathering == null ? gate.mayRead(board, actor)
                    : gatherings.computeIfAbsent(gathering, g -> gate.mayRead(board, actor));
            if (mayRead) {
                readable.put(board.getId(), board);
            }
        }
        return readable;
    }

    private static boolean kept(Note note) {
        return !note.isDeleted() && !note.isHidden() && !note.isPrivatePost() && !note.isRoomOnly();
    }
}
