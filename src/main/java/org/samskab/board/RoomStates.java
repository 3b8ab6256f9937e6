package org.samskab.board;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BreakoutGroupState;
import org.samskab.board.BoardViews.BreakoutState;
import org.samskab.board.BoardViews.RoomState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A room as every screen that follows it hears it (docs/adr/0184): the board everyone is on, the join code, and its
 * breakout groups (docs/adr/0188). Built and announced in one place for the room's two services, so that a screen
 * gets the same state whichever of them changed the room.
 */
@Component
class RoomStates {

    private final BoardRepository boards;
    private final BreakoutRepository breakouts;
    private final BreakoutGroupRepository groups;
    private final BreakoutSeatRepository seats;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoomStates(BoardRepository boards, BreakoutRepository breakouts, BreakoutGroupRepository groups,
            BreakoutSeatRepository seats, ApplicationEventPublisher events, Clock clock) {
        this.boards = boards;
        this.breakouts = breakouts;
        this.groups = groups;
        this.seats = seats;
        this.events = events;
        this.clock = clock;
    }

    RoomState state(GatheringRoom room) {
        Long current = room.getCurrentBoardId();
        String title = current == null ? null : boards.findActive(current).map(Board::getTitle).orElse(null);
        return new RoomState(room.getGatheringId(), title == null ? null : current, title, room.getBringCount(),
                room.getBringSectionId(), room.getBringNoteId(), room.getRevision(), room.getJoinCode(),
                room.isJoiningOpen(), room.isGuestsAllowed(), breakout(room.getBreakoutId()));
    }

    /** The room's state, announced to every screen that follows it once the transaction commits. */
    RoomState publish(GatheringRoom room) {
        RoomState state = state(room);
        events.publishEvent(new RoomChanged(state));
        return state;
    }

    @Nullable
    BreakoutState breakout(@Nullable Long breakoutId) {
        Breakout breakout = breakoutId == null ? null : breakouts.findById(breakoutId).orElse(null);
        if (breakout == null) {
            return null;
        }
        List<BreakoutGroup> listed = groups.findByBreakout(breakout.getId());
        Map<Long, Integer> numberOfGroup = new HashMap<>();
        listed.forEach(group -> numberOfGroup.put(group.getId(), group.getNumber()));
        Map<Long, Integer> seated = new HashMap<>();
        int[] sizes = new int[listed.size()];
        for (BreakoutSeat seat : seats.findRound(breakout.getId(), breakout.getRound())) {
            Integer number = numberOfGroup.get(seat.getGroupId());
            if (number != null) {
                seated.put(seat.getMemberId(), number);
                sizes[number - 1]++;
            }
        }
        List<BreakoutGroupState> states = new ArrayList<>();
        for (BreakoutGroup group : listed) {
            states.add(new BreakoutGroupState(group.getNumber(), group.getBoardId(), group.getHostId(),
                    sizes[group.getNumber() - 1]));
        }
        return new BreakoutState(breakout.getId(), breakout.getSourceBoardId(), breakout.getRound(),
                !breakout.isRunning(), breakout.isCafe(), states, seated, breakout.getMessage(),
                millis(breakout.getMessageAt()),
                millis(breakout.getTimerEndsAt()));
    }

    /**
     * Everyone is brought somewhere: an ended breakout's side-by-side view gives way (a running one goes on: its
     * groups are brought along, and sent back when it rotates).
     */
    void leaveEndedBreakout(GatheringRoom room) {
        Long breakoutId = room.getBreakoutId();
        if (breakoutId != null && breakouts.findById(breakoutId).map(b -> !b.isRunning()).orElse(true)) {
            room.setBreakoutId(null);
        }
    }

    /** The gathering closes: a running breakout ends with it, and the room keeps none. */
    void closeBreakout(GatheringRoom room) {
        Long breakoutId = room.getBreakoutId();
        if (breakoutId != null) {
            breakouts.findById(breakoutId).filter(Breakout::isRunning).ifPresent(b -> b.end(Instant.now(clock)));
            room.setBreakoutId(null);
        }
    }

    private static long millis(@Nullable Instant at) {
        return at == null ? 0 : at.toEpochMilli();
    }
}
