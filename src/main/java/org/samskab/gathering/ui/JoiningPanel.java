package org.samskab.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.RoomService;
import org.samskab.ui.JoinLinks;
import org.samskab.ui.QrCode;
import org.samskab.ui.UserMessages;

/**
 * How people join the live gathering (docs/adr/0186), in the facilitators' console: the code to read out, its QR
 * code and link, a new code (the old one stops working) and closing or opening joining. Every facilitator's
 * console follows the room, so a co-facilitator's new code shows here too.
 */
final class JoiningPanel extends Div {

    private final RoomService rooms;
    private final JoinLinks links;
    private final long gatheringId;
    private final String gatheringTitle;
    /** What is shown: the code (null: none) and whether it lets people in. */
    private @Nullable String shownCode;
    private @Nullable Boolean shownOpen;

    JoiningPanel(RoomService rooms, JoinLinks links, long gatheringId, String gatheringTitle) {
        this.rooms = rooms;
        this.links = links;
        this.gatheringId = gatheringId;
        this.gatheringTitle = gatheringTitle;
        addClassName("joining-panel");
    }

    void show(RoomState room) {
        if (java.util.Objects.equals(room.joinCode(), shownCode) && Boolean.valueOf(room.joiningOpen())
                .equals(shownOpen)) {
            return;
        }
        shownCode = room.joinCode();
        shownOpen = room.joiningOpen();
        removeAll();
        String joinCode = room.joinCode();
        setVisible(joinCode != null);
        if (joinCode == null) {
            return;
        }
        H3 heading = new H3(getTranslation("room.joining"));
        add(heading);
        String shown = room.shownJoinCode();
        if (shown != null) {
            String link = links.link(joinCode);
            Paragraph how = new Paragraph(getTranslation("room.join-at", links.joinPage()));
            Span code = new Span(shown);
            code.addClassName("join-code");
            code.getElement().setAttribute("aria-label", getTranslation("room.join-code-spelled",
                    String.join(" ", shown.replace("-", "").split(""))));
            Span address = new Span(link);
            address.addClassName("join-link");
            add(how, code, new QrCode(link, getTranslation("room.join-qr-alt", gatheringTitle, link)), address);
        } else {
            Paragraph closed = new Paragraph(getTranslation("room.joining-closed"));
            closed.addClassName("joining-closed");
            add(closed);
        }
        Button renew = new Button(getTranslation("room.renew-join-code"), VaadinIcon.REFRESH.create(),
                e -> act(() -> rooms.renewJoinCode(gatheringId), "room.renewed-join-code"));
        renew.addClassName("renew-join-code");
        boolean open = room.joiningOpen();
        Button toggle = new Button(getTranslation(open ? "room.close-joining" : "room.open-joining"),
                (open ? VaadinIcon.LOCK : VaadinIcon.UNLOCK).create(),
                e -> act(() -> rooms.setJoiningOpen(gatheringId, !open),
                        open ? "room.joining-closed" : "room.joining-opened"));
        toggle.addClassName(open ? "close-joining" : "open-joining");
        Div actions = new Div(renew, toggle);
        actions.addClassName("joining-actions");
        add(actions);
    }

    private void act(java.util.function.Supplier<RoomState> action, String confirmation) {
        try {
            show(action.get());
            UserMessages.showSuccess(this, confirmation);
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }
}
