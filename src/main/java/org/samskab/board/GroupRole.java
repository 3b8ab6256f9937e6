package org.samskab.board;

/** A member's part in a board's group: in a case clinic, the one case giver and the coaches. */
public enum GroupRole {
    CASE_GIVER,
    COACH;

    public String translationKey() {
        return "board.group-role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
