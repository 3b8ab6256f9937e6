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
import org.samskab.board.BoardViews.BreakoutGroupState;
import org.samskab.board.BoardViews.BreakoutState;
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

    /** Where a guest goes whose gathering ended or who was removed (a view of the gathering feature). */
    static final String GUEST_ENDED = "guest/ended";

    private final RoomService rooms;
    private final LiveRoomChannel channel;
    private final long boardId;
    private final long gatheringId;
    private final boolean facilitator;
    /** A guest's screen closes when the guest is removed or the gathering closes (docs/adr/0187). */
    private final boolean guest;
    private final long me;
    private final java.util.function.Supplier<java.time.Instant> now;
    /** The participant's place in the room's breakout groups (docs/adr/0188). */
    private final BreakoutBanner breakout = new BreakoutBanner();
    /** The breakout and round this screen last went along with ("id/round"); null: none yet. */
    private @Nullable String seenBreakout;
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

    RoomFollowing(RoomService rooms, LiveRoomChannel channel, long boardId, long gatheringId, long me,
            boolean facilitator, boolean guest,
            java.util.function.BiPredicate<@Nullable Long, @Nullable Long> bringHere,
            java.util.function.Supplier<java.time.Instant> now) {
        this.guest = guest;
        this.me = me;
        this.now = now;
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
        add(breakout, where, back, follow);
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
        seenBreakout = breakoutKey(state.runningBreakout());
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
        if (guest && !rooms.mayStay(gatheringId)) {
            UI.getCurrent().navigate(GUEST_ENDED);
            return;
        }
        boolean brought = state.bringCount() > seenBring;
        seenBring = Math.max(seenBring, state.bringCount());
        BreakoutState running = state.runningBreakout();
        String breakoutNow = breakoutKey(running);
        boolean regrouped = breakoutNow != null && !breakoutNow.equals(seenBreakout);
        seenBreakout = breakoutNow;
        BreakoutGroupState mine = running == null || facilitator ? null : running.groupOf(me);
        if (regrouped && follow.getValue() && mine != null && mine.boardId() != boardId) {
            // The room split, or a café's round moved on: to this person's group's board.
            UI.getCurrent().navigate("boards/" + mine.boardId());
            return;
        }
        Long target = state.currentBoardId();
        BreakoutState shownBreakout = state.breakout();
        if (brought && follow.getValue() && !facilitator && shownBreakout != null && shownBreakout.ended()
                && target != null && target == shownBreakout.sourceBoardId()) {
            // Back from the groups: to their boards side by side.
            UI.getCurrent().navigate("breakouts/" + shownBreakout.id());
            return;
        }
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
        BreakoutState running = state.runningBreakout();
        BreakoutGroupState mine = running == null || facilitator ? null : running.groupOf(me);
        breakout.show(running, mine, mine != null && java.util.Objects.equals(mine.hostId(), me), boardId,
                now.get());
        // In a group, the room's board is not where this person belongs: no "back to the facilitator".
        boolean elsewhere = mine == null && current != null && current != boardId;
        setVisible(elsewhere || facilitator || current != null || running != null);
        where.setText(elsewhere ? getTranslation("room.facilitator-elsewhere", state.currentBoardTitle())
                : mine == null && current != null && current == boardId ? getTranslation("room.facilitator-here")
                : "");
        back.setVisible(elsewhere);
        if (elsewhere) {
            back.setText(getTranslation("room.back-to-facilitator"));
            back.setHref("boards/" + current);
        }
    }

    private static @Nullable String breakoutKey(@Nullable BreakoutState running) {
        return running == null ? null : running.id() + "/" + running.round();
    }

    private String sessionKey() {
        return "samskab.room.follow." + gatheringId;
    }
}
