package org.samskab.board;

import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardRules.Actor;
import org.springframework.stereotype.Component;

/**
 * Applies the publish gate ({@link BoardRules#mayRead}) wherever the engine hands out a board's content: opening
 * it, its history, its gathering's agenda. A withheld board answers "not found" to anyone who may not read it.
 */
@Component
class PublishGate {

    private final RoomAttendees attendees;

    PublishGate(RoomAttendees attendees) {
        this.attendees = attendees;
    }

    void requireMayRead(Board board, Actor actor) {
        if (!mayRead(board, actor)) {
            throw new ItemNotFoundException();
        }
    }

    boolean mayRead(Board board, Actor actor) {
        Long gatheringId = board.getGatheringId();
        return BoardRules.mayRead(board.isWithheld(), actor,
                () -> gatheringId != null && attendees.tookPart(gatheringId, actor.memberId()));
    }
}
