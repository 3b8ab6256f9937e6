package org.samskab.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.LiveRoomChannel;
import org.samskab.board.RoomService;
import org.samskab.ui.UserMessages;

/**
 * Following the facilitator during a live gathering (docs/adr/0184). When a facilitator brings everyone to a
 * board, a section or a note, a screen that follows goes there; one that stepped away (following off) gets a
 * "back to the facilitator" link instead. Participants follow by default; facilitators, who move the room, do
 * not. The choice is kept for the session, per gathering.
 */
final class RoomFollowing extends Div {

    private final RoomService rooms;
    private final LiveRoomChannel channel;
    private final long boardId;
    private final long gatheringId;
    private final boolean facilitator;
    private final Checkbox follow = new Checkbox();
    private final Span where = new Span();
    private final Anchor back = new Anchor();
    private @Nullable Registration registration;
    private int seenBring;
    /**
     * Brought to a note or a section of the board already shown (nullable note, then section): no reload. False
     * when this screen does not show it (yet): then the board is opened again, there.
     */
    private final java.util.function.BiPredicate<@Nullable Long, @Nullable Long> bringHere;

    RoomFollowing(RoomService rooms, LiveRoomChannel channel, long boardId, long gatheringId, boolean facilitator,
            java.util.function.BiPredicate<@Nullable Long, @Nullable Long> bringHere) {
        this.bringHere = bringHere;
        this.rooms = rooms;
        this.channel = channel;
        this.boardId = boardId;
        this.gatheringId = gatheringId;
        this.facilitator = facilitator;
        addClassName("room-following");
        where.getElement().setAttribute("role", "status");
        back.addClassName("back-to-facilitator");
        follow.addClassName("follow-facilitator");
        follow.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                VaadinSession.getCurrent().setAttribute(sessionKey(), e.getValue());
            }
        });
        add(where, back, follow);
        if (facilitator) {
            // Facilitators move the room rather than follow it.
            Button bring = new Button(getTranslation("room.bring-everyone"), VaadinIcon.USERS.create(), e -> {
                try {
                    show(rooms.bringEveryoneHere(boardId, null, null));
                    UserMessages.showSuccess(this, "room.brought-here");
                } catch (UserFacingException refusal) {
                    UserMessages.showError(this, refusal);
                }
            });
            bring.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bring.addClassName("bring-everyone");
            add(bring);
            follow.setVisible(false);
        }
    }

    /** Reads the room and listens to it while the board is shown; false when this board's gathering has no room. */
    boolean start() {
        RoomState state;
        try {
            state = rooms.room(gatheringId);
        } catch (UserFacingException e) {
            return false;
        }
        seenBring = state.bringCount();
        follow.setLabel(getTranslation("room.follow"));
        Object chosen = VaadinSession.getCurrent().getAttribute(sessionKey());
        follow.setValue(chosen instanceof Boolean b ? b : !facilitator);
        show(state);
        registration = channel.follow(this, gatheringId, state.revision(), this::changed);
        return true;
    }

    void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void changed(RoomState state) {
        boolean brought = state.bringCount() > seenBring;
        seenBring = Math.max(seenBring, state.bringCount());
        Long target = state.currentBoardId();
        if (brought && follow.getValue() && target != null && target == boardId
                && bringHere.test(state.bringNoteId(), state.bringSectionId())) {
            // Already here: the screen scrolls to the place, as Miro's "bring everyone to me", keeping what the
            // reader was typing (a navigation would open the board again, on every screen at once).
            show(state);
            return;
        }
        if (brought && follow.getValue() && target != null) {
            Map<String, List<String>> where = new HashMap<>();
            if (state.bringNoteId() != null) {
                where.put("note", List.of(Long.toString(state.bringNoteId())));
            } else if (state.bringSectionId() != null) {
                where.put("section", List.of(Long.toString(state.bringSectionId())));
            }
            UI.getCurrent().navigate("boards/" + target, new QueryParameters(where));
            return;
        }
        show(state);
    }

    private void show(RoomState state) {
        Long current = state.currentBoardId();
        boolean elsewhere = current != null && current != boardId;
        setVisible(elsewhere || facilitator || current != null);
        where.setText(elsewhere ? getTranslation("room.facilitator-elsewhere", state.currentBoardTitle())
                : current != null ? getTranslation("room.facilitator-here") : "");
        back.setVisible(elsewhere);
        if (elsewhere) {
            back.setText(getTranslation("room.back-to-facilitator"));
            back.setHref("boards/" + current);
        }
    }

    private String sessionKey() {
        return "samskab.room.follow." + gatheringId;
    }
}
