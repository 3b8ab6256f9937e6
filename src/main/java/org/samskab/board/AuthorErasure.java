package org.samskab.board;

import java.util.List;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the board engine does when a member deletes their account (docs/adr/0197): every post of theirs becomes
 * anonymous, and their name is taken out of the change log's stored states (a note's author, a case clinic
 * group's names), so neither a board, its history, its replay, search nor an export names them again. Nothing
 * else of the boards changes.
 */
@Service
public class AuthorErasure {

    private final NoteRepository notes;
    private final NetworkAccess access;
    private final MemberService members;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuthorErasure(NoteRepository notes, NetworkAccess access, MemberService members, JdbcTemplate jdbc,
            JsonMapper json) {
        this.notes = notes;
        this.access = access;
        this.members = members;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Makes the signed-in member's posts anonymous and their name leave the log. Returns how many posts changed. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int anonymiseMe() {
        long me = access.currentMemberId();
        String name = members.profile(me).displayName();
        List<Note> mine = notes.findByAuthorId(me);
        int changed = 0;
        for (Note note : mine) {
            if (!note.isAnonymous()) {
                note.makeAnonymous();
                changed++;
            }
        }
        notes.saveAllAndFlush(mine);
        // The log's JSON as Jackson writes it (no spaces): the name as a string value, in its escaped form.
        String quoted = json.writeValueAsString(name);
        String boards = "SELECT board_id FROM note WHERE author_id = ? UNION SELECT board_id FROM board_group_member "
                + "WHERE member_id = ?";
        for (String column : List.of("before_state", "after_state", "announced")) {
            for (String field : List.of("authorName", "name")) {
                jdbc.update("UPDATE board_change SET " + column + " = REPLACE(" + column + ", ?, ?) WHERE board_id IN ("
                        + boards + ") AND " + column + " LIKE ?", "\"" + field + "\":" + quoted,
                        "\"" + field + "\":null", me, me, "%" + quoted + "%");
            }
        }
        return changed;
    }
}
