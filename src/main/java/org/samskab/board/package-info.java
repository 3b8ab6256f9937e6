/**
 * The board engine: one model for every kind of board (idea board, reflection wall, Theory U canvas, case clinic).
 * A board has sections and notes; notes take votes, reactions and links. Every change is written to the database
 * with the next board revision, recorded in the append-only change log, and only then announced as a
 * {@link org.samskab.board.BoardChanged} event, which the live layer fans out to open screens.
 * <p>
 * {@link org.samskab.board.BoardService} is the only door. What a member may do on a board is decided there,
 * from their role in the board's network and the board's state (a vote open, private writing, read-only once its
 * gathering is closed).
 */
@NullMarked
package org.samskab.board;

import org.jspecify.annotations.NullMarked;
