package org.samskab.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.BreakoutOverview;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.BreakoutService;
import org.samskab.board.LiveRoomChannel;
import org.samskab.board.RoomService;
import org.samskab.security.SignedInMember;

/**
 * Back in the plenary after breakout groups (docs/adr/0188): every group's board side by side, read as the reader
 * may see each. The screen follows the room: when the facilitators bring everyone somewhere, it goes along.
 */
@Route("breakouts/:breakoutId")
@RolesAllowed({SignedInMember.ROLE_MEMBER, SignedInMember.ROLE_GUEST})
class BreakoutOverviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BreakoutService breakouts;
    private final RoomService rooms;
    private final LiveRoomChannel liveRooms;
    private @Nullable BreakoutOverview overview;
    private @Nullable Registration following;
    private int seenBring;

    BreakoutOverviewView(BreakoutService breakouts, RoomService rooms, LiveRoomChannel liveRooms) {
        this.breakouts = breakouts;
        this.rooms = rooms;
        this.liveRooms = liveRooms;
        addClassNames("page", "breakout-overview-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BreakoutOverview read;
        try {
            read = breakouts.overview(Long.parseLong(event.getRouteParameters().get("breakoutId").orElse("")));
        } catch (NumberFormatException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        overview = read;
        removeAll();
        H1 heading = new H1(getTranslation("breakout.overview.title", read.sourceTitle()));
        Anchor back = new Anchor("boards/" + read.sourceBoardId(),
                getTranslation("breakout.overview.back", read.sourceTitle()));
        back.addClassName("back-link");
        add(back, heading, new BreakoutOverviewGrid(read));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        BreakoutOverview shown = overview;
        if (shown == null) {
            return;
        }
        RoomState room;
        try {
            room = rooms.room(shown.gatheringId());
        } catch (UserFacingException gone) {
            return;
        }
        seenBring = room.bringCount();
        following = liveRooms.follow(this, shown.gatheringId(), room.revision(), state -> {
            Long target = state.currentBoardId();
            if (state.bringCount() > seenBring && target != null) {
                UI.getCurrent().navigate("boards/" + target);
            }
            seenBring = Math.max(seenBring, state.bringCount());
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    @Override
    public String getPageTitle() {
        BreakoutOverview shown = overview;
        return (shown == null ? "" : getTranslation("breakout.overview.title", shown.sourceTitle())) + " · Samskab";
    }
}
