/** The board screen: sections, note cards, voting and the dialogs around them; it calls only {@code BoardService}. */
@NullMarked
package org.samskab.board.ui;

import org.jspecify.annotations.NullMarked;
