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

    /**
     * Makes the signed-in member's posts anonymous and takes their name out of the stored states of the change log
     * on every board of {@code networkIds} (the networks they are leaving: where they wrote, sat in a group, or
     * were named). Returns how many posts changed.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int anonymiseMe(java.util.Collection<Long> networkIds) {
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
        if (networkIds.isEmpty() || name.isEmpty()) {
            return changed;
        }
        // The log's JSON as Jackson writes it (no spaces): the name as a string value, in its escaped form. REPLACE
        // matches exactly, so no pattern (with its own escaping) is needed.
        String quoted = json.writeValueAsString(name);
        String in = String.join(",", java.util.Collections.nCopies(networkIds.size(), "?"));
        for (String column : List.of("before_state", "after_state", "announced")) {
            for (String field : List.of("authorName", "name")) {
                List<Object> arguments = new java.util.ArrayList<>(List.of("\"" + field + "\":" + quoted,
                        "\"" + field + "\":null"));
                arguments.addAll(networkIds);
                jdbc.update("UPDATE board_change SET " + column + " = REPLACE(" + column + ", ?, ?) WHERE board_id IN "
                        + "(SELECT id FROM board WHERE network_id IN (" + in + "))", arguments.toArray());
            }
        }
        return changed;
    }
}
