package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.core.type.TypeReference;

/**
 * Half-typed notes, kept in the browser's sessionStorage (this tab only) by board and section, so that neither a
 * lost connection nor the reload after a server restart loses one. A draft never leaves the browser until it
 * comes back as a field's value (never as markup); saving the note, or closing its form, forgets it.
 */
final class NoteDrafts {

    private static final String PREFIX = "samskab.note-draft.";

    private NoteDrafts() {
    }

    private static String boardPrefix(long boardId) {
        return PREFIX + boardId + ".";
    }

    private static String key(long boardId, long sectionId) {
        return boardPrefix(boardId) + sectionId;
    }

    /** Keeps what is typed in the field as the section's draft, at every keystroke. */
    static void keep(TextArea field, long boardId, long sectionId) {
        field.getElement().executeJs("""
                const key = $0;
                this.addEventListener('input', event => {
                  const text = event.target.value;
                  try {
                    text ? sessionStorage.setItem(key, text) : sessionStorage.removeItem(key);
                  } catch (storageFullOrBlocked) {
                    // The field still holds the text; only a reload would lose it.
                  }
                });
                """, key(boardId, sectionId));
    }

    static void forget(Component any, long boardId, long sectionId) {
        any.getElement().executeJs("sessionStorage.removeItem($0)", key(boardId, sectionId));
    }

    /** Hands each draft this tab keeps for the board to {@code found}, by section id. */
    static void restore(Component board, long boardId, BiConsumer<Long, String> found) {
        board.getElement().executeJs("""
                const prefix = $0, drafts = {};
                for (let i = 0; i < sessionStorage.length; i++) {
                  const key = sessionStorage.key(i);
                  if (key.startsWith(prefix)) {
                    drafts[key.substring(prefix.length)] = sessionStorage.getItem(key);
                  }
                }
                return drafts;
                """, boardPrefix(boardId)).then(new TypeReference<Map<String, String>>() {
        }, drafts -> drafts.forEach((section, text) -> {
            try {
                found.accept(Long.parseLong(section), text);
            } catch (NumberFormatException notOurs) {
                // Not a key this class wrote: leave it.
            }
        }));
    }
}
