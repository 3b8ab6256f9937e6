package org.samskab.board.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BreakoutGroupState;
import org.samskab.board.BoardViews.BreakoutState;

/**
 * Where a participant is while the room is in breakout groups (docs/adr/0188): their group (and whether they host
 * its table), a link there from anywhere else, and the facilitators' message and timer to all groups.
 */
final class BreakoutBanner extends Div {

    private final Span where = new Span();
    private final Anchor go = new Anchor();
    private final Paragraph message = new Paragraph();
    private final StepTimer timer = new StepTimer();
    private @Nullable Object shownLook;

    BreakoutBanner() {
        addClassName("breakout-banner");
        getElement().setAttribute("role", "status");
        where.addClassName("breakout-where");
        go.addClassName("go-to-group");
        message.addClassName("breakout-message");
        add(where, go, message, timer);
        setVisible(false);
    }

    /** Shows the running breakout for this reader on this board ({@code mine} null: not in a group). */
    void show(@Nullable BreakoutState breakout, @Nullable BreakoutGroupState mine, boolean host, long boardId,
            Instant now) {
        Object look = breakout == null ? null
                : Arrays.asList(breakout.id(), breakout.round(), mine, host, boardId, breakout.message(),
                        breakout.messageAt(), breakout.timerEndsAt());
        if (java.util.Objects.equals(look, shownLook)) {
            return;
        }
        shownLook = look;
        if (breakout == null) {
            setVisible(false);
            timer.showUntil(null, now);
            return;
        }
        setVisible(mine != null || breakout.message() != null || breakout.timerEndsAt() > 0);
        where.setVisible(mine != null);
        go.setVisible(mine != null && mine.boardId() != boardId);
        if (mine != null) {
            where.setText(getTranslation(host ? "breakout.you-host" : "breakout.you-are-in", mine.number(),
                    breakout.groups().size()));
            go.setText(getTranslation("breakout.go-to-group", mine.number()));
            go.setHref("boards/" + mine.boardId());
        }
        String text = breakout.message();
        message.setVisible(text != null);
        message.setText(text == null ? "" : getTranslation("breakout.message-shown", text));
        timer.showUntil(breakout.timerEndsAt() > 0 ? Instant.ofEpochMilli(breakout.timerEndsAt()) : null, now);
    }
}
