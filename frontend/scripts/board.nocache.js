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

  /**
   * The shared countdown (StepTimer): the server says how much time is left when the timer changes (-1: none),
   * or the seconds a paused one shows; the browser counts down on its own and shows the words at zero.
   */
  const countdown = (el, remaining, paused, upWords) => {
    if (!el.__clock) {
      // The clock, and a live region that says once, assertively, that time is up (a timer is silent).
      el.textContent = '';
      el.__clock = document.createElement('span');
      el.__announce = document.createElement('span');
      el.__announce.className = 'visually-hidden';
      el.__announce.setAttribute('aria-live', 'assertive');
      el.append(el.__clock, el.__announce);
    }
    el.__end = remaining >= 0 ? Date.now() + remaining : null;
    el.__paused = paused;
    el.__up = upWords;
    const two = n => String(n).padStart(2, '0');
    const show = s => Math.floor(s / 60) + ':' + two(s % 60);
    el.__tick = () => {
      if (!el.isConnected) {
        // The screen went away: stop counting.
        clearInterval(el.__interval);
        el.__interval = null;
        return;
      }
      let text = '', up = false;
      if (el.__paused >= 0) {
        text = show(el.__paused);
      } else if (el.__end !== null) {
        const left = Math.ceil((el.__end - Date.now()) / 1000);
        up = left <= 0;
        text = up ? el.__up : show(left);
      }
      if (el.__clock.textContent !== text) { el.__clock.textContent = text; }
      if (up !== !!el.__wasUp) { el.__announce.textContent = up ? el.__up : ''; }
      if (up && el.__wasUp === false && el.dataset.stopsInput === 'true') {
        // The server asks the rules again: participants' input has stopped.
        el.dispatchEvent(new CustomEvent('time-up'));
      }
      if (up && el.__wasUp === false && localStorage.getItem('samskab.timer-sound') === 'on') {
        // A short tone, on the screens that chose it (BoardTimer); only when time runs out while shown.
        try {
          const ctx = new AudioContext(), tone = ctx.createOscillator(), gain = ctx.createGain();
          tone.frequency.value = 660;
          gain.gain.value = 0.2;
          tone.connect(gain).connect(ctx.destination);
          tone.start();
          tone.stop(ctx.currentTime + 0.6);
        } catch (e) { /* no audio here */ }
      }
      el.__wasUp = up;
      el.classList.toggle('time-up', up);
    };
    el.__tick();
    if (!el.__interval) { el.__interval = setInterval(() => el.__tick(), 1000); }
  };

  /**
   * The countdown's sound button (BoardTimer): this screen's choice, which never reaches the server; the browser
   * remembers it. Shows the choice, and toggles it on click (installed once per element).
   */
  const timerSound = button => {
    const key = 'samskab.timer-sound';
    button.setAttribute('aria-pressed', String(localStorage.getItem(key) === 'on'));
    if (!button.__soundToggle) {
      button.__soundToggle = true;
      button.addEventListener('click', () => {
        const on = localStorage.getItem(key) !== 'on';
        localStorage.setItem(key, on ? 'on' : 'off');
        button.setAttribute('aria-pressed', String(on));
      });
    }
  };

  window.samskabBoard = {cards, keepFocus, goTo, bringTo, installDragAndDrop, installKeyboard, spotlight, countdown,
    timerSound};
})();
