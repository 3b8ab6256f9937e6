package org.samskab.board;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.samskab.board.BoardViews.RoomState;

/**
 * The board engine's port to the live layer for a gathering's room: screens hear where the facilitators bring
 * everyone (docs/adr/0184). Implemented in {@code org.samskab.live}.
 */
public interface LiveRoomChannel {

    /**
     * Follows a gathering's room while {@code owner} is attached: {@code listener} hears every room state newer
     * than {@code revision}, inside the owner's UI lock.
     */
    Registration follow(Component owner, long gatheringId, long revision, Consumer<RoomState> listener);

    /**
     * Hears, while {@code owner} is attached, that the gathering's guests changed (one came in or left), inside the
     * owner's UI lock; for the facilitators' console, which reads the list again.
     */
    Registration followGuests(Component owner, long gatheringId, Runnable listener);
}
