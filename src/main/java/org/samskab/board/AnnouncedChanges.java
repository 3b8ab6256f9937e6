package org.samskab.board;

import java.util.List;
import org.samskab.base.NotForScreens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The board's change log as the live layer reads it back (docs/adr/0207): each committed change exactly as it
 * was announced. A server that missed some of another server's changes reads them here, since the database, not
 * the cluster, is the truth. Nothing in it is private to one member; the live layer is its only reader.
 */
@Component
public class AnnouncedChanges {

    private final BoardChangeRepository changes;
    private final JsonMapper json;

    AnnouncedChanges(BoardChangeRepository changes, JsonMapper json) {
        this.changes = changes;
        this.json = json;
    }

    /** The changes announced for revisions after {@code after} up to {@code upTo}, in revision order. */
    @NotForScreens
    @Transactional(readOnly = true)
    public List<BoardChanged> between(long boardId, long after, long upTo) {
        return changes.findAnnounced(boardId, after, upTo).stream()
                .map(announced -> json.readValue(announced, BoardChanged.class)).toList();
    }

    /** The board's newest revision, or 0 for a board that has none. */
    @NotForScreens
    @Transactional(readOnly = true)
    public long latestRevision(long boardId) {
        return changes.latestRevision(boardId);
    }
}
