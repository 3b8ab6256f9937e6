/**
 * The board engine: one model for every kind of board (idea board, reflection wall, Theory U canvas). A board
 * has sections and notes; notes have votes; every change is written to MariaDB with the next board revision,
 * recorded in the append-only change log, and only then announced as a {@link org.samskab.board.BoardChanged}
 * event, which the live layer fans out to open screens.
 * <p>
 * {@link org.samskab.board.BoardService} is the only door. What a member may do on a board is decided there,
 * from their role in the board's network and the board's state (vote open, later phase and lock).
 */
@NullMarked
package org.samskab.board;

import org.jspecify.annotations.NullMarked;
