/**
 * The board engine: one model for every kind of board (idea board, reflection wall, Theory U canvas, case clinic).
 * A board has sections and notes; notes take votes, reactions and links. Kinds differ only by the capabilities
 * on {@link org.samskab.board.BoardKind}.
 * <p>
 * Other features use the public services at this package's root, each about one subject ({@code BoardService},
 * {@code BoardReader}, {@code NoteService}, {@code SectionService}, {@code VotingService}, {@code WallService},
 * {@code FacilitationService}), and the plain values in {@link org.samskab.board.BoardViews}. Who may do what
 * is decided in one place, {@link org.samskab.board.BoardRules}, which the services enforce and the screens ask.
 * Every change goes through one pipeline: the board's row lock, the rules, the change, the next revision, an
 * entry in the append-only change log, and then a {@link org.samskab.board.BoardChanged} event, which the live
 * layer fans out to open screens after commit (docs/adr/0161).
 */
@NullMarked
package org.samskab.board;

import org.jspecify.annotations.NullMarked;
