package org.samskab.live;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who has a board open: the first few people as avatars and how many in all. It shows a {@link PresenceSummary}
 * that the board's {@link PresenceRoom} computed once for every screen, so a screen holds a handful of names, not
 * everyone present (which made presence cost every screen memory in proportion to the room).
 */
class BoardPresence extends Div {

    /** Lumo's user colours. */
    private static final int COLOURS = 7;

    private final PresenceRoom room;
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span count = new Span();
    private @Nullable PresenceSummary shown;
    private @Nullable Registration registration;

    BoardPresence(PresenceRoom room) {
        this.room = room;
        addClassName("board-presence");
        getElement().setAttribute("role", "status");
        avatars.setMaxItemsVisible(PresenceSummary.NAMED);
        count.addClassName("board-presence-count");
        add(avatars, count);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        show(room.summary());
        registration = room.listen(summary -> ui.access(() -> show(summary)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void show(PresenceSummary summary) {
        if (summary.equals(shown)) {
            return;
        }
        PresenceSummary before = shown;
        shown = summary;
        showCount(summary);
        if (before != null && before.first().equals(summary.first())) {
            return; // the same faces, only another count: the avatars stay as the browser has them
        }
        List<AvatarGroupItem> items = summary.first().stream().map(member -> {
            AvatarGroupItem item = new AvatarGroupItem(member.name());
            // The same colour for a member on every screen.
            item.setColorIndex((int) (member.memberId() % COLOURS));
            return item;
        }).toList();
        avatars.setItems(items);
        avatars.setVisible(!items.isEmpty());
    }

    private void showCount(PresenceSummary summary) {
        count.setText(getTranslation("board.present", summary.count()));
        String label = summary.names().isEmpty() ? getTranslation("board.present", summary.count())
                : getTranslation("board.present-names", summary.count(), String.join(", ", summary.names()));
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }
}
