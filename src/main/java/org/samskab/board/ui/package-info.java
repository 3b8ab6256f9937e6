/** The board screen: sections, note cards, voting and the dialogs around them; only {@code BoardServiceCalls} calls the board engine's services. */
@NullMarked
package org.samskab.board.ui;

import org.jspecify.annotations.NullMarked;
