/** The board screen: sections, note cards, voting and the dialogs around them; it calls only the board engine's services. */
@NullMarked
package org.samskab.board.ui;

import org.jspecify.annotations.NullMarked;
