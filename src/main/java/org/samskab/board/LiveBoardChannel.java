package org.samskab.board;

import com.vaadin.flow.component.Component;

/**
 * The board engine's port to the live layer: how a screen follows a board as others change it. Implemented in
 * {@code org.samskab.live} (today on Collaboration Engine), so replacing that technology touches one package.
 */
public interface LiveBoardChannel {

    /**
     * Follows a board while {@code owner} is attached: {@code listener} hears every change committed after
     * {@code revision}, and the member is counted as present. A {@code memberId} of 0 or less is the room's screen
     * (the projector): it hears the changes and is not counted.
     */
    LiveBoardConnection connect(Component owner, long boardId, long revision, long memberId, String memberName,
            BoardLiveListener listener);

    /** The members who have the board open now, as this server sees its topic. */
    java.util.Set<Long> presentMembers(long boardId);

    /** A component showing who has the board open. */
    Component presence(long boardId, long memberId, String memberName);
}
