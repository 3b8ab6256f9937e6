package org.samskab.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.BreakoutGroupState;
import org.samskab.board.BoardViews.BreakoutState;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.BreakoutService;
import org.samskab.board.LiveBoardChannel;
import org.samskab.ui.TextLimit;
import org.samskab.ui.UserMessages;

/**
 * Breakout groups in the facilitators' console (docs/adr/0188): split the people on the room's board into groups;
 * while they meet, look into any group's board, send a message and a timer to all groups, move a learning café on
 * to its next round, and bring everyone back to see the groups' boards side by side.
 */
final class BreakoutPanel extends Div {

    /** What the panel works with: the breakout service, who is on a board, and names for splitting by hand. */
    record Services(BreakoutService breakouts, LiveBoardChannel liveBoards) {
    }

    private final Services services;
    private final long gatheringId;
    private final Supplier<List<BoardSummary>> agenda;
    private @Nullable Object shownLook;

    BreakoutPanel(Services services, long gatheringId, Supplier<List<BoardSummary>> agenda) {
        this.services = services;
        this.gatheringId = gatheringId;
        this.agenda = agenda;
        addClassName("breakout-panel");
    }

    void show(RoomState room) {
        BreakoutState breakout = room.breakout();
        Object look = Arrays.asList(room.live(), room.currentBoardId(), room.currentBoardTitle(), breakout);
        if (look.equals(shownLook)) {
            return;
        }
        shownLook = look;
        removeAll();
        setVisible(room.live());
        if (!room.live()) {
            return;
        }
        add(new H3(getTranslation("breakout.heading")));
        BreakoutState running = room.runningBreakout();
        if (running == null) {
            showSplit(room, breakout);
        } else {
            showRunning(running);
        }
    }

    private void showSplit(RoomState room, @Nullable BreakoutState ended) {
        Long current = room.currentBoardId();
        Paragraph help = new Paragraph(current == null ? getTranslation("breakout.bring-first")
                : getTranslation("breakout.split-help", room.currentBoardTitle()));
        help.addClassName("breakout-help");
        Button split = new Button(getTranslation("breakout.split"), VaadinIcon.SPLIT.create(), e -> {
            if (current != null) {
                new SplitDialog(services, current, Objects.requireNonNullElse(room.currentBoardTitle(), ""),
                        agenda.get(), this::show).open();
            }
        });
        split.addClassName("split-into-groups");
        split.setEnabled(current != null);
        add(help, split);
        if (ended != null) {
            Anchor sideBySide = new Anchor("breakouts/" + ended.id(), getTranslation("breakout.side-by-side"));
            sideBySide.addClassName("breakout-side-by-side");
            add(sideBySide);
        }
    }

    private void showRunning(BreakoutState running) {
        Paragraph status = new Paragraph(getTranslation("breakout.status", running.round(), running.groups().size(),
                running.seats().size()));
        status.addClassName("breakout-status");
        UnorderedList groups = new UnorderedList();
        groups.addClassName("breakout-groups");
        for (BreakoutGroupState group : running.groups()) {
            Span name = new Span(getTranslation("breakout.group-size", group.number(), group.size()));
            Anchor look = new Anchor("boards/" + group.boardId(), getTranslation("breakout.look-in"));
            look.getElement().setAttribute("aria-label", getTranslation("breakout.look-in-group", group.number()));
            look.addClassName("look-in");
            ListItem item = new ListItem(name, look);
            item.addClassName("breakout-group");
            groups.add(item);
        }

        TextArea message = new TextArea(getTranslation("breakout.message"));
        TextLimit.on(message, BreakoutService.MESSAGE_MAX);
        message.setValue(Objects.requireNonNullElse(running.message(), ""));
        message.addClassName("breakout-message-field");
        IntegerField minutes = new IntegerField(getTranslation("breakout.timer-minutes"));
        minutes.setMin(1);
        minutes.setMax(BreakoutService.TIMER_MINUTES_MAX);
        minutes.setStepButtonsVisible(true);
        minutes.addClassName("breakout-timer-field");
        Button send = new Button(getTranslation("breakout.send"), VaadinIcon.PAPERPLANE.create(),
                e -> act(() -> services.breakouts().announce(gatheringId, message.getValue(), minutes.getValue()),
                        "breakout.sent"));
        send.addClassName("send-to-groups");
        Div announce = new Div(message, minutes, send);
        announce.addClassName("breakout-announce");

        Button rotate = new Button(getTranslation("breakout.rotate"), VaadinIcon.REFRESH.create(),
                e -> act(() -> services.breakouts().rotate(gatheringId), "breakout.rotated"));
        rotate.addClassName("rotate-groups");
        Button end = new Button(getTranslation("breakout.end"), VaadinIcon.USERS.create(),
                e -> act(() -> services.breakouts().end(gatheringId), "breakout.ended"));
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.addClassName("end-breakout");
        rotate.setVisible(running.cafe());
        Div actions = new Div(rotate, end);
        actions.addClassName("breakout-actions");
        add(status, groups, announce, actions);
    }

    private void act(Supplier<RoomState> action, String confirmation) {
        try {
            show(action.get());
            UserMessages.showSuccess(this, confirmation);
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }
}
