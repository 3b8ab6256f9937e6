package org.samskab.board;

/** Dot voting on a board: none yet, open (members place dots), or closed (totals revealed). */
public enum VoteState {
    NONE, OPEN, CLOSED
}
