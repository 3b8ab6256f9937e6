package org.samskab.board.ui;

import com.vaadin.flow.dom.Element;

/**
 * The board's keyboard model (docs/adr/0141-board-keyboard-navigation.md), done in the browser so no key costs a
 * round trip: the notes are one tab stop for the whole board (a roving tab index, as in a grid). The note in the
 * tab order is the last one focused (at first the board's first note); only its buttons are in the tab order, the
 * other notes' buttons are reached by moving to their note. Up and Down move within a section, Left and Right to
 * the nearest note in the previous or next section that has notes, Home and End to a section's first and last
 * note (with Ctrl, the board's), Enter opens the note's actions. The skip link takes focus to the note in the tab
 * order.
 * <p>
 * One listener for the whole board, like its clicks and drags: cards stay bare list items, and the tab order is
 * put right again whenever the server redraws or moves cards.
 */
final class BoardKeyboard {

    static final String CANVAS_ID = "board-canvas";

    private BoardKeyboard() {
    }

    /** Installs the keyboard model on a board's canvas (once; later calls do nothing). */
    static void install(Element canvas, Element skipLink) {
        canvas.executeJs("""
                const canvas = $0, skip = $1;
                if (canvas.__samskabKeys) { return; }
                canvas.__samskabKeys = true;
                const NOTE = '.note-list > li';
                const CONTROLS = 'button, a[href]';
                let current = null;
                const notesIn = scope => [...scope.querySelectorAll(NOTE)];
                const sections = () => [...canvas.querySelectorAll('.board-section')].filter(s => s.querySelector(NOTE));
                const makeCurrent = note => {
                  if (current && current !== note) {
                    current.tabIndex = -1;
                    current.querySelectorAll(CONTROLS).forEach(c => c.tabIndex = -1);
                  }
                  current = note;
                  note.tabIndex = 0;
                  note.querySelectorAll(CONTROLS).forEach(c => c.removeAttribute('tabindex'));
                };
                const tidy = () => {
                  const notes = notesIn(canvas);
                  if (current && !current.isConnected) { current = null; }
                  notes.forEach(note => {
                    if (note !== current) {
                      // Only what is not yet right is written: a live board redraws cards all the time.
                      if (note.getAttribute('tabindex') !== '-1') { note.tabIndex = -1; }
                      note.querySelectorAll(CONTROLS).forEach(c => { if (c.tabIndex !== -1) { c.tabIndex = -1; } });
                    }
                  });
                  if (current || notes.length) { makeCurrent(current || notes[0]); }
                };
                let tidying = false;
                new MutationObserver(() => {
                  if (!tidying) {
                    tidying = true;
                    requestAnimationFrame(() => { tidying = false; tidy(); });
                  }
                }).observe(canvas, {childList: true, subtree: true});
                tidy();
                canvas.addEventListener('focusin', e => {
                  const note = e.target.closest(NOTE);
                  if (note && canvas.contains(note)) { makeCurrent(note); }
                });
                const go = note => { if (note) { makeCurrent(note); note.focus(); } };
                canvas.addEventListener('keydown', e => {
                  const note = e.target.closest(NOTE);
                  if (!note || (e.target !== note && !e.target.matches(CONTROLS)) || e.altKey || e.metaKey) { return; }
                  const section = note.closest('.board-section');
                  const here = notesIn(section);
                  const index = here.indexOf(note);
                  const besides = step => {
                    const all = sections();
                    const next = all[all.indexOf(section) + step];
                    if (!next) { return null; }
                    const there = notesIn(next);
                    return there[Math.min(index, there.length - 1)];
                  };
                  let target;
                  switch (e.key) {
                    case 'ArrowDown': target = here[index + 1]; break;
                    case 'ArrowUp': target = here[index - 1]; break;
                    case 'ArrowRight': target = besides(1); break;
                    case 'ArrowLeft': target = besides(-1); break;
                    case 'Home': target = e.ctrlKey ? notesIn(canvas)[0] : here[0]; break;
                    case 'End': target = e.ctrlKey ? notesIn(canvas).at(-1) : here.at(-1); break;
                    case 'Enter':
                      if (e.target !== note) { return; }
                      note.querySelector('.note-actions-button')?.click();
                      e.preventDefault();
                      return;
                    default: return;
                  }
                  e.preventDefault();
                  go(target);
                });
                skip.addEventListener('click', e => {
                  e.preventDefault();
                  tidy();
                  (current || canvas).focus();
                  (current || canvas).scrollIntoView({block: 'nearest'});
                });
                """, canvas, skipLink);
    }

    /** Focuses a note's card once the browser has laid it out (after a move, it is a new place in the list). */
    static void focus(Element card) {
        card.executeJs("requestAnimationFrame(() => { this.focus(); this.scrollIntoView({block: 'nearest'}); })");
    }
}
