// The board's client side (docs/adr/0173-cards-drawn-by-the-browser.md): served as a static file, instead of
// being sent inline with every screen that opens a board. ".nocache." in its name makes Vaadin's file server tell
// browsers to revalidate it on every load, so after an upgrade no browser runs an older copy.
//
// - Cards: a section's note list is one element on the server; its items are drawn here from the markup the
//   server built and escaped (NoteMarkup). The server sends what changed: a whole list, one card, an order.
// - Drag and drop, and the keyboard model: one set of listeners for the whole board (ADR 0141).
//
// Nothing here trusts text: a card's markup is the server's, ids are read from data attributes the server wrote.
(() => {
  if (window.samskabBoard) {
    return;
  }

  const itemOf = (list, id) => list.querySelector(':scope > li[data-card="' + Number(id) + '"]');

  const newItem = (id, html) => {
    const item = document.createElement('li');
    item.dataset.card = String(id);
    item.innerHTML = html;
    return item;
  };

  /** The note in the spotlight, as the board's canvas holds it (-1: none); a card drawn anew is marked again. */
  const markSpotlight = list => {
    const id = Number(list.closest('.board-canvas')?.dataset.spotlight ?? -1);
    if (id >= 0) {
      itemOf(list, id)?.classList.add('spotlit');
    }
  };

  const cards = {
    /** The whole list, as [[id, markup], ...] in order: one parse for all of them. */
    reset(list, items) {
      list.innerHTML = items.map(([id, html]) => '<li data-card="' + Number(id) + '">' + html + '</li>').join('');
      markSpotlight(list);
    },

    /** A card's new markup, where it is. */
    redraw(list, id, html) {
      const item = itemOf(list, id);
      if (item) {
        item.innerHTML = html;
      }
    },

    /** A card put before another (beforeId < 0: at the end); an older copy of it goes. */
    insert(list, id, html, beforeId) {
      itemOf(list, id)?.remove();
      const before = beforeId < 0 ? null : itemOf(list, beforeId);
      list.insertBefore(newItem(id, html), before);
      markSpotlight(list);
    },

    remove(list, id) {
      itemOf(list, id)?.remove();
    },

    /** Puts the cards in the given order; those not named have left the list. Only what is out of place moves. */
    order(list, ids) {
      const wanted = new Set(ids.map(Number));
      [...list.children].forEach(item => {
        if (!wanted.has(Number(item.dataset.card))) {
          item.remove();
        }
      });
      let at = list.firstElementChild;
      for (const id of ids) {
        const item = itemOf(list, id);
        if (!item) {
          continue;
        }
        if (item === at) {
          at = at.nextElementSibling;
        } else {
          list.insertBefore(item, at);
        }
      }
    },
  };

  const noteItem = (canvas, id) => canvas.querySelector('.note-list > li[data-card="' + Number(id) + '"]');

  /**
   * Focuses a note's card once the browser has laid it out (after a move it is in a new place; moved to another
   * section it is a new item, which the keyboard model has not made focusable yet).
   */
  const keepFocus = (canvas, id) => requestAnimationFrame(() => {
    const item = noteItem(canvas, id);
    if (item) {
      if (!item.hasAttribute('tabindex')) {
        item.tabIndex = -1;
      }
      item.focus();
      item.scrollIntoView({block: 'nearest'});
    }
  });

  /** Takes the member to a note (a link chip): focusable by script even before the keyboard model saw it. */
  const goTo = (canvas, id) => {
    const item = noteItem(canvas, id);
    if (item) {
      item.tabIndex = -1;
      item.scrollIntoView({block: 'center', behavior: 'smooth'});
      item.focus();
    }
  };

  /** Whether the reader is writing (a field, or a dialog's): a facilitator's "bring everyone here" does not take it. */
  const typing = () => {
    const active = document.activeElement;
    return !!active && active !== document.body && (active.matches('input, textarea, [contenteditable], '
      + 'vaadin-text-field, vaadin-text-area, vaadin-select, vaadin-combo-box')
      || !!active.closest('vaadin-dialog-overlay, vaadin-popover-overlay, vaadin-dialog, vaadin-popover'));
  };

  /**
   * Brought here by the facilitator (the board is already shown; no selector: the board itself): the place is
   * marked for a moment, and the screen scrolls there and focus follows unless the reader is writing, whose words
   * stay in view.
   */
  const bringTo = (canvas, selector) => {
    const target = selector ? canvas.querySelector(selector) : canvas;
    if (!target) {
      return;
    }
    clearTimeout(target.__broughtTimer);
    target.classList.add('brought-here');
    target.__broughtTimer = setTimeout(() => target.classList.remove('brought-here'), 2500);
    if (!typing()) {
      target.scrollIntoView({block: selector ? 'center' : 'start', behavior: 'smooth'});
      target.tabIndex = -1;
      target.focus({preventScroll: true});
    }
  };

  /**
   * Native drag and drop for the whole board, instead of a drag source and drop target per note. Only ids go to
   * the server (dropNote), which checks them like any other move; every drag has a keyboard path in the card's
   * actions.
   */
  const installDragAndDrop = canvas => {
    if (canvas.__samskabDnd) {
      return;
    }
    canvas.__samskabDnd = true;
    let dragged = null;
    const clear = () => canvas.querySelectorAll('.dragging, .drop-before, .drag-over')
      .forEach(el => el.classList.remove('dragging', 'drop-before', 'drag-over'));
    canvas.addEventListener('dragstart', e => {
      const card = e.target.closest && e.target.closest('.note-card');
      if (!card) {
        return;
      }
      dragged = card.dataset.noteId;
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', dragged);
      card.classList.add('dragging');
    });
    canvas.addEventListener('dragend', () => {
      clear();
      dragged = null;
    });
    canvas.addEventListener('dragover', e => {
      const section = dragged && e.target.closest('.board-section');
      if (!section) {
        return;
      }
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      clear();
      canvas.querySelector('.note-card[data-note-id="' + Number(dragged) + '"]')?.classList.add('dragging');
      section.classList.add('drag-over');
      const card = e.target.closest('.note-card');
      if (card && card.dataset.noteId !== dragged) {
        card.classList.add('drop-before');
      }
    });
    canvas.addEventListener('drop', e => {
      const section = dragged && e.target.closest('.board-section');
      if (!section) {
        return;
      }
      e.preventDefault();
      const card = e.target.closest('.note-card');
      const before = card && card.dataset.noteId !== dragged ? Number(card.dataset.noteId) : -1;
      canvas.$server.dropNote(Number(dragged), Number(section.dataset.sectionId), before);
      clear();
      dragged = null;
    });
  };

  /**
   * The keyboard model (ADR 0141): the notes are one tab stop for the whole board (a roving tab index, as in a
   * grid). Up and Down move within a section, Left and Right to the nearest note in the previous or next section
   * that has notes, Home and End to a section's first and last note (with Ctrl, the board's), Enter opens the
   * note's actions. The skip link takes focus to the note in the tab order.
   */
  const installKeyboard = (canvas, skip) => {
    if (canvas.__samskabKeys) {
      return;
    }
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
      if (current && !current.isConnected) {
        current = null;
      }
      notes.forEach(note => {
        if (note !== current) {
          // Only what is not yet right is written: a live board redraws cards all the time.
          if (note.getAttribute('tabindex') !== '-1') {
            note.tabIndex = -1;
          }
          note.querySelectorAll(CONTROLS).forEach(c => {
            if (c.tabIndex !== -1) {
              c.tabIndex = -1;
            }
          });
        }
      });
      if (current || notes.length) {
        makeCurrent(current || notes[0]);
      }
    };
    let tidying = false;
    new MutationObserver(() => {
      if (!tidying) {
        tidying = true;
        requestAnimationFrame(() => {
          tidying = false;
          tidy();
        });
      }
    }).observe(canvas, {childList: true, subtree: true});
    tidy();
    canvas.addEventListener('focusin', e => {
      const note = e.target.closest(NOTE);
      if (note && canvas.contains(note)) {
        makeCurrent(note);
      }
    });
    const go = note => {
      if (note) {
        makeCurrent(note);
        note.focus();
      }
    };
    canvas.addEventListener('keydown', e => {
      const note = e.target.closest(NOTE);
      if (!note || (e.target !== note && !e.target.matches(CONTROLS)) || e.altKey || e.metaKey) {
        return;
      }
      const section = note.closest('.board-section');
      const here = notesIn(section);
      const index = here.indexOf(note);
      const besides = step => {
        const all = sections();
        const next = all[all.indexOf(section) + step];
        if (!next) {
          return null;
        }
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
          if (e.target !== note) {
            return;
          }
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
  };

  /** Puts one note in the spotlight on this screen (id -1: none). */
  const spotlight = (canvas, id) => {
    canvas.dataset.spotlight = String(Number(id));
    canvas.querySelectorAll('.note-list > li.spotlit').forEach(item => item.classList.remove('spotlit'));
    if (Number(id) >= 0) {
      noteItem(canvas, id)?.classList.add('spotlit');
    }
  };

  window.samskabBoard = {cards, keepFocus, goTo, bringTo, installDragAndDrop, installKeyboard, spotlight};
})();
