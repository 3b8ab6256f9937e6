package org.samskab.gathering.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.LiveRoomChannel;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringViews.GatheringDetail;
import org.samskab.ui.JoinLinks;
import org.samskab.ui.UserMessages;

/**
 * Running the room of a live gathering from its page (docs/adr/0184): which board everyone is on, a "bring everyone
 * here" on each board of the agenda, and the room's screen (the projector) through a secret link. Participants on
 * this page go along when a facilitator brings everyone to a board.
 */
final class RoomConsole extends Section {

    private final RoomService rooms;
    private final LiveRoomChannel liveRooms;
    private final GatheringDetail gathering;
    private final Runnable agendaChanged;
    private RoomState room;
    private int seenBring;
    private @Nullable Registration registration;
    private final Div screenLink = new Div();
    private final @Nullable JoiningPanel joining;
    private final @Nullable RoomGuestsPanel guests;
    private final @Nullable BreakoutPanel breakouts;

    RoomConsole(RoomService rooms, LiveRoomChannel liveRooms, JoinLinks links, GatheringDetail gathering,
            Runnable agendaChanged, BreakoutPanel.Services breakoutServices,
            java.util.function.Supplier<java.util.List<BoardSummary>> agenda) {
        this.rooms = rooms;
        this.liveRooms = liveRooms;
        this.gathering = gathering;
        this.agendaChanged = agendaChanged;
        this.room = rooms.room(gathering.id());
        this.seenBring = room.bringCount();
        addClassName("room-console");
        setVisible(gathering.canFacilitate());
        if (gathering.canFacilitate()) {
            H2 heading = new H2(getTranslation("room.console"));
            heading.setId("room-console-heading");
            getElement().setAttribute("aria-labelledby", "room-console-heading");
            Paragraph help = new Paragraph(getTranslation("room.console-help"));
            help.addClassName("room-console-help");
            Button open = new Button(getTranslation("room.open-screen"), VaadinIcon.DESKTOP.create(),
                    e -> newScreenLink());
            open.addClassName("open-room-screen");
            screenLink.addClassName("room-screen-link");
            joining = new JoiningPanel(rooms, links, gathering.id(), gathering.title());
            joining.show(room);
            guests = new RoomGuestsPanel(rooms, liveRooms, gathering.id());
            guests.show(room);
            breakouts = new BreakoutPanel(breakoutServices, gathering.id(), agenda);
            breakouts.show(room);
            add(heading, help, breakouts, joining, guests, open, screenLink);
        } else {
            joining = null;
            guests = null;
            breakouts = null;
        }
        registration = liveRooms.follow(this, gathering.id(), room.revision(), this::changed);
    }

    void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    /** Marks the board everyone is on, and gives facilitators the button that brings everyone to a board. */
    void decorate(ListItem item, BoardSummary board) {
        boolean current = room.currentBoardId() != null && room.currentBoardId() == board.id();
        item.getClassNames().set("room-current", current);
        if (current) {
            Span now = new Span(getTranslation("room.everyone-here"));
            now.getElement().getThemeList().add("badge success");
            now.addClassName("room-now");
            item.addComponentAsFirst(now);
        }
        if (gathering.canFacilitate()) {
            Button bring = new Button(getTranslation("room.bring-everyone"), VaadinIcon.USERS.create(),
                    e -> bringEveryone(board));
            bring.addThemeVariants(ButtonVariant.LUMO_SMALL, current ? ButtonVariant.LUMO_TERTIARY
                    : ButtonVariant.LUMO_PRIMARY);
            bring.addClassName("bring-everyone");
            bring.setAriaLabel(getTranslation("room.bring-everyone-to", board.title()));
            item.add(bring);
        }
    }

    private void bringEveryone(BoardSummary board) {
        try {
            room = rooms.bringEveryoneHere(board.id(), null, null);
            seenBring = room.bringCount();
            agendaChanged.run();
            UserMessages.showSuccess(this, "room.brought", board.title());
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }

    private void newScreenLink() {
        String secret;
        try {
            secret = rooms.newProjectorSecret(gathering.id());
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
            return;
        }
        screenLink.removeAll();
        Anchor open = new Anchor("room/" + secret, getTranslation("room.screen-open"), AnchorTarget.BLANK);
        open.getElement().setAttribute("rel", "noopener noreferrer");
        open.addClassName("room-screen-anchor");
        TextField link = new TextField(getTranslation("room.screen-link"));
        link.setReadOnly(true);
        link.addClassName("room-screen-address");
        link.setWidthFull();
        UI.getCurrent().getPage().fetchCurrentURL(url -> link.setValue(
                url.getProtocol() + "://" + url.getAuthority() + "/room/" + secret));
        Button revoke = new Button(getTranslation("room.screen-revoke"), VaadinIcon.BAN.create(), e -> {
            try {
                rooms.revokeProjectorSecret(gathering.id());
                screenLink.removeAll();
                UserMessages.showSuccess(this, "room.screen-revoked");
            } catch (UserFacingException refusal) {
                UserMessages.showError(this, refusal);
            }
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("revoke-room-screen");
        Paragraph note = new Paragraph(getTranslation("room.screen-note"));
        note.addClassName("room-screen-note");
        screenLink.add(open, link, note, revoke);
    }

    private void changed(RoomState state) {
        boolean brought = state.bringCount() > seenBring;
        room = state;
        if (joining != null) {
            joining.show(state);
        }
        if (guests != null) {
            guests.show(state);
        }
        if (breakouts != null) {
            breakouts.show(state);
        }
        seenBring = Math.max(seenBring, state.bringCount());
        Long target = state.currentBoardId();
        if (brought && !gathering.canFacilitate() && target != null) {
            UI.getCurrent().navigate("boards/" + target);
            return;
        }
        agendaChanged.run();
    }
}
