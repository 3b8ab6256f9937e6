package org.samskab.board;

import java.util.Locale;

/**
 * What a change did, as the change log stores it (by name, so the names are part of the database: add new ones,
 * never rename). Replay, history and export read these.
 */
public enum ChangeAction {
    // the board itself
    BOARD_CREATED,
    BOARD_UPDATED,
    BOARD_MOVED,
    BOARD_REMOVED,
    BOARD_CLOSED,
    BOARD_REOPENED,
    BOARD_PUBLISHED,
    // notes
    NOTE_ADDED,
    NOTE_EDITED,
    NOTE_RECOLOURED,
    NOTE_DELETED,
    NOTE_MOVED,
    NOTE_LINKED,
    NOTE_UNLINKED,
    NOTE_ROOM_ONLY,
    NOTE_UNDELETED,
    // sections
    SECTION_ADDED,
    SECTION_RENAMED,
    SECTION_MOVED,
    SECTION_REMOVED,
    SECTION_GUIDANCE,
    // dot voting
    VOTE_STARTED,
    VOTE_ENDED,
    DOT_PLACED,
    DOT_REMOVED,
    SORTED_BY_VOTES,
    // reflection walls
    PRIVATE_WRITING_STARTED,
    POSTS_REVEALED,
    RESONATED,
    RESONANCE_WITHDRAWN,
    NOTE_HIDDEN,
    NOTE_RESTORED,
    // facilitation
    FOCUS_SET,
    STEP_STARTED,
    TIMER_PAUSED,
    TIMER_RESUMED,
    TIMER_EXTENDED,
    GROUP_SET,
    // pacing the room
    PHASES_PLANNED,
    PHASE_STARTED,
    PHASES_ENDED,
    BOARD_LOCKED,
    BOARD_UNLOCKED,
    SPOTLIGHT_SET,
    TIMER_STARTED,
    TIMER_STOPPED;

    /**
     * Whether only facilitators make this change on a note: naming who made it cannot reveal who wrote an
     * anonymous post, so the history names them.
     */
    boolean facilitatorsOnNote() {
        return this == NOTE_HIDDEN || this == NOTE_RESTORED;
    }

    /** The key of the action's name in the history. */
    public String translationKey() {
        return "board.action." + name().toLowerCase(Locale.ROOT);
    }
}
