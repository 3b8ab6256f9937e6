package org.samskab.board;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BoardRepository extends JpaRepository<Board, Long> {

    @Query("select b from Board b where b.id = :id and b.removedAt is null")
    Optional<Board> findActive(long id);

    /** Takes the board's row lock: changes to one board are serialised, so revisions and vote budgets hold. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Board b where b.id = :id and b.removedAt is null")
    Optional<Board> findActiveForUpdate(long id);

    @Query("select b from Board b where b.gatheringId = :gatheringId and b.removedAt is null order by b.position")
    List<Board> findAgenda(long gatheringId);

    @Query("select b from Board b where b.networkId = :networkId and b.removedAt is null")
    List<Board> findInNetwork(long networkId);
}

interface SectionRepository extends JpaRepository<BoardSection, Long> {

    @Query("select s from BoardSection s where s.boardId = :boardId and s.removedAt is null order by s.position")
    List<BoardSection> findActive(long boardId);

    /** A section and the position of the last note in it: what adding a note reads under the lock, in one trip. */
    record WithLastPosition(BoardSection section, double lastPosition) {
    }

    @Query("select new org.samskab.board.SectionRepository$WithLastPosition(s, (select coalesce(max(n.position), 0.0) "
            + "from Note n where n.sectionId = s.id and n.deletedAt is null)) from BoardSection s where s.id = :id")
    Optional<WithLastPosition> findWithLastPosition(long id);

    /** The board a section is on, read before taking the board's lock (the section is loaded after it). */
    @Query("select s.boardId from BoardSection s where s.id = :id")
    Optional<Long> findBoardId(long id);
}

interface NoteRepository extends JpaRepository<Note, Long> {

    /** A member's posts that name them, oldest first (their data, docs/adr/0197). */
    @Query("select n from Note n where n.authorId = :authorId and n.anonymous = false and n.deletedAt is null "
            + "order by n.createdAt, n.id")
    List<Note> findNamedBy(long authorId);

    /** Everything a member wrote, anonymous or not (their account is being deleted). */
    List<Note> findByAuthorId(long authorId);

    @Query("select n from Note n where n.boardId = :boardId and n.deletedAt is null "
            + "order by n.sectionId, n.position")
    List<Note> findActive(long boardId);

    @Query("select n from Note n where n.sectionId = :sectionId and n.deletedAt is null order by n.position")
    List<Note> findActiveInSection(long sectionId);

    @Query("select n from Note n where n.boardId = :boardId and n.deletedAt is null and n.hiddenAt is not null "
            + "order by n.hiddenAt desc")
    List<Note> findHidden(long boardId);

    /** The notes on a board, for its cap (docs/adr/0205): the index on (board, section, position) answers it. */
    @Query("select count(n) from Note n where n.boardId = :boardId and n.deletedAt is null")
    long countActive(long boardId);

    @Query("select coalesce(max(n.position), 0) from Note n where n.sectionId = :sectionId and n.deletedAt is null")
    double maxPosition(long sectionId);

    /** The board a note is on, read without loading the note: changes load it only once they hold the lock. */
    @Query("select n.boardId from Note n where n.id = :id")
    Optional<Long> findBoardId(long id);
}

interface VoteRepository extends JpaRepository<Vote, Long> {

    long countByBoardIdAndRoundAndMemberId(long boardId, int round, long memberId);

    List<Vote> findByNoteIdAndRoundAndMemberIdOrderByIdDesc(long noteId, int round, long memberId);

    @Query("select v.noteId, count(v) from Vote v where v.boardId = :boardId and v.round = :round group by v.noteId")
    List<Object[]> totals(long boardId, int round);

    @Query("select v.noteId, count(v) from Vote v where v.boardId = :boardId and v.round = :round "
            + "and v.memberId = :memberId group by v.noteId")
    List<Object[]> dotsOf(long boardId, int round, long memberId);

    @Query("select count(distinct v.memberId) from Vote v where v.boardId = :boardId and v.round = :round")
    long countVoters(long boardId, int round);

    long deleteByNoteIdAndRound(long noteId, int round);
}

interface BoardChangeRepository extends JpaRepository<BoardChange, Long> {

    List<BoardChange> findByBoardIdOrderByRevision(long boardId);

    /** What was announced for a board's revisions after one, up to another, in order (a server catching up). */
    @Query("select c.announced from BoardChange c where c.boardId = :boardId and c.revision > :after "
            + "and c.revision <= :upTo and c.announced is not null order by c.revision")
    List<String> findAnnounced(long boardId, long after, long upTo);

    @Query("select coalesce(max(c.revision), 0) from BoardChange c where c.boardId = :boardId")
    long latestRevision(long boardId);
}

interface ReactionRepository extends JpaRepository<Reaction, Long> {

    boolean existsByNoteIdAndMemberId(long noteId, long memberId);

    long deleteByNoteIdAndMemberId(long noteId, long memberId);

    @Query("select r.noteId, count(r) from Reaction r where r.boardId = :boardId group by r.noteId")
    List<Object[]> counts(long boardId);

    @Query("select r.noteId from Reaction r where r.boardId = :boardId and r.memberId = :memberId")
    List<Long> notesOf(long boardId, long memberId);
}

interface NoteLinkRepository extends JpaRepository<NoteLink, Long> {

    List<NoteLink> findByBoardId(long boardId);

    boolean existsByFromNoteIdAndToNoteId(long fromNoteId, long toNoteId);

    List<NoteLink> findByFromNoteIdAndToNoteId(long fromNoteId, long toNoteId);

    @Query("select l from NoteLink l where l.fromNoteId = :noteId or l.toNoteId = :noteId")
    List<NoteLink> findTouching(long noteId);

    @Query("select l from NoteLink l where l.fromNoteId in :noteIds")
    List<NoteLink> findFrom(Collection<Long> noteIds);
}

interface GroupMemberRepository extends JpaRepository<BoardGroupMember, BoardGroupMember.Key> {

    List<BoardGroupMember> findByBoardId(long boardId);

    long deleteByBoardId(long boardId);

    @Query("select g.role from BoardGroupMember g where g.boardId = :boardId and g.memberId = :memberId")
    Optional<GroupRole> findRole(long boardId, long memberId);
}
