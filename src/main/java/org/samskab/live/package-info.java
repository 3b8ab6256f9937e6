/**
 * The live layer: the only package that imports Vaadin Collaboration Engine. It implements the board engine's
 * {@link org.samskab.board.LiveBoardChannel}: it fans committed board changes out to every open screen and carries
 * presence (who is on a board, who is editing which note).
 * <p>
 * Topic ids are {@code board/<id>}. Each board topic holds, per note, the latest shared state with its board
 * revision; a screen renders the board from the database, then applies only what is newer than what it has.
 * Nothing here is the truth: the database is, so a restart or an expired topic loses nothing. Collaboration
 * Engine is deprecated from Vaadin 25.3; moving to shared signals means rewriting this package only.
 */
@NullMarked
package org.samskab.live;

import org.jspecify.annotations.NullMarked;
