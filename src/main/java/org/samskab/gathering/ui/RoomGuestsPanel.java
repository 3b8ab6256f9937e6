package org.samskab.gathering.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.RoomGuest;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.LiveRoomChannel;
import org.samskab.board.RoomService;
import org.samskab.ui.UserMessages;

/**
 * The live gathering's guests in the facilitators' console (docs/adr/0187): whether guests may join by the code
 * without an account, who is in as a guest (marked as one), and removing a guest (its screen closes, its posts
 * stay). The list follows guests coming and going while the console is open.
 */
final class RoomGuestsPanel extends Div {

    private final RoomService rooms;
    private final LiveRoomChannel liveRooms;
    private final long gatheringId;
    private final Checkbox allowed = new Checkbox();
    private final H3 heading = new H3();
    private final Paragraph none = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private @Nullable Registration registration;

    RoomGuestsPanel(RoomService rooms, LiveRoomChannel liveRooms, long gatheringId) {
        this.rooms = rooms;
        this.liveRooms = liveRooms;
        this.gatheringId = gatheringId;
        addClassName("room-guests");
        allowed.setLabel(getTranslation("room.guests-allowed"));
        allowed.setHelperText(getTranslation("room.guests-allowed-help"));
        allowed.addClassName("guests-allowed");
        allowed.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                rooms.setGuestsAllowed(gatheringId, e.getValue());
                UserMessages.showSuccess(this, e.getValue() ? "room.guests-let-in" : "room.guests-kept-out");
            } catch (UserFacingException refusal) {
                allowed.setValue(e.getOldValue());
                UserMessages.showError(this, refusal);
            }
        });
        heading.setId("room-guests-heading");
        list.addClassName("room-guest-list");
        list.getElement().setAttribute("aria-labelledby", "room-guests-heading");
        none.addClassName("room-guests-none");
        none.setText(getTranslation("room.guests-none"));
        add(allowed, heading, none, list);
    }

    /** Follows the room: shown while the gathering is live, the switch as the room has it. */
    void show(RoomState room) {
        setVisible(room.live());
        if (allowed.getValue() != room.guestsAllowed()) {
            allowed.setValue(room.guestsAllowed());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        registration = liveRooms.followGuests(this, gatheringId, this::listGuests);
        listGuests();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private void listGuests() {
        List<RoomGuest> guests;
        try {
            guests = rooms.guests(gatheringId);
        } catch (UserFacingException gone) {
            guests = List.of();
        }
        heading.setText(getTranslation("room.guests", guests.size()));
        none.setVisible(guests.isEmpty());
        list.removeAll();
        for (RoomGuest guest : guests) {
            Span name = new Span(guest.displayName());
            name.addClassName("room-guest-name");
            Span badge = new Span(getTranslation("room.guest-badge"));
            badge.getElement().getThemeList().add("badge contrast small");
            badge.addClassName("guest-badge");
            Button remove = new Button(getTranslation("room.remove-guest"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> confirmRemoval(guest));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("room.remove-guest-named", guest.displayName()));
            remove.addClassName("remove-guest");
            ListItem item = new ListItem(name, badge, remove);
            item.addClassName("room-guest");
            list.add(item);
        }
    }

    private void confirmRemoval(RoomGuest guest) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("room.remove-guest-title", guest.displayName()));
        confirm.setText(getTranslation("room.remove-guest-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("room.remove-guest"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                rooms.removeGuest(gatheringId, guest.id());
                UserMessages.showSuccess(this, "room.guest-removed");
            } catch (UserFacingException refusal) {
                UserMessages.showError(this, refusal);
            }
            listGuests();
        });
        confirm.open();
    }
}
