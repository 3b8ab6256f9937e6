package org.samskab.gathering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.TextRules;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BreakoutService;
import org.samskab.board.LiveBoardChannel;
import org.samskab.board.LiveRoomChannel;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringStatus;
import org.samskab.gathering.GatheringViews.Facilitator;
import org.samskab.gathering.GatheringViews.GatheringDetail;
import org.samskab.gathering.TemplateService;
import org.samskab.network.NetworkService;
import org.samskab.security.SignedInMember;
import org.samskab.ui.JoinLinks;
import org.samskab.ui.UserMessages;

/**
 * One gathering: when and where, why, who facilitates, and its agenda of boards. Facilitators and coordinators
 * change it, arrange the agenda (with buttons, so it works from the keyboard and on a phone) and start and close
 * it. The service decides; this view only leaves out controls that would be refused.
 */
@Route("gatherings/:gatheringId")
@RolesAllowed(SignedInMember.ROLE_MEMBER) // not a guest (docs/adr/0187)
class GatheringView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String GATHERING_ID = "gatheringId";

    private final GatheringService gatherings;
    private final NetworkService networks;
    private final TemplateService templates;
    @SuppressWarnings("NullAway.Init") // set on navigation, before anything shows
    private GatheringDetail gathering;
    private final OrderedList agenda = new OrderedList();
    private final Div agendaHolder = new Div();
    /** Each board's move-up and move-down buttons, to keep focus on a board that moved. */
    private final Map<Long, Button[]> moveButtons = new HashMap<>();

    private final RoomService rooms;
    private final LiveRoomChannel liveRooms;
    private final JoinLinks joinLinks;
    private final BreakoutPanel.Services breakoutServices;
    /** The live gathering's room (null unless live). */
    private @Nullable RoomConsole room;

    GatheringView(GatheringService gatherings, NetworkService networks, TemplateService templates, RoomService rooms,
            LiveRoomChannel liveRooms, JoinLinks joinLinks, BreakoutService breakouts, LiveBoardChannel liveBoards) {
        this.breakoutServices = new BreakoutPanel.Services(breakouts, liveBoards);
        this.joinLinks = joinLinks;
        this.rooms = rooms;
        this.liveRooms = liveRooms;
        this.gatherings = gatherings;
        this.networks = networks;
        this.templates = templates;
        addClassNames("page", "gathering-view");
    }

    static String href(long gatheringId) {
        return "gatherings/" + gatheringId;
    }

    /** The board view is another feature's; its address is all this page needs. */
    static String boardHref(long boardId) {
        return "boards/" + boardId;
    }

    static Span statusBadge(Component context, GatheringStatus status) {
        Span badge = new Span(context.getTranslation(status.translationKey()));
        badge.addClassNames("gathering-status", "gathering-status-" + status.name().toLowerCase());
        badge.getElement().getThemeList().add(switch (status) {
            case PLANNED -> "badge";
            case LIVE -> "badge success primary";
            case CLOSED -> "badge contrast";
        });
        return badge;
    }

    /** Beside a closed gathering's status while only those who took part see its boards (docs/adr/0191). */
    static Span withheldBadge(Component context) {
        Span badge = new Span(context.getTranslation("gathering.withheld-badge"));
        badge.addClassName("gathering-withheld-badge");
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(GATHERING_ID).orElse(""));
            gathering = gatherings.detail(id);
        } catch (NumberFormatException | ItemNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        render();
    }

    private void reload() {
        gathering = gatherings.detail(gathering.id());
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("networks/" + gathering.networkId(),
                getTranslation("gathering.back", gathering.networkName()));
        back.addClassName("back-link");

        H1 title = new H1(gathering.title());
        Span kind = new Span(getTranslation(gathering.kind().translationKey()));
        kind.getElement().getThemeList().add("badge contrast");
        Div header = new Div(title, statusBadge(this, gathering.status()), kind);
        if (gathering.withheld()) {
            header.add(withheldBadge(this));
        }
        header.addClassNames("page-header", "gathering-header");
        add(back, header, details());
        if (gathering.purpose() != null) {
            Paragraph purpose = new Paragraph(gathering.purpose());
            purpose.addClassName("gathering-purpose");
            add(purpose);
        }
        if (gathering.withheld()) {
            Paragraph withheld = new Paragraph(getTranslation("gathering.withheld"));
            withheld.addClassName("gathering-withheld");
            add(withheld);
        }
        if (gathering.status() == GatheringStatus.CLOSED) {
            // The harvest is the memory feature's page; its address is all this page needs.
            Anchor harvest = new Anchor("gatherings/" + gathering.id() + "/harvest",
                    getTranslation("gathering.harvest"));
            harvest.addClassName("harvest-link");
            add(harvest);
        }
        if (gathering.canFacilitate()) {
            add(facilitatorActions());
        }
        if (room != null) {
            room.stop();
            room = null;
        }
        if (gathering.status() == GatheringStatus.LIVE) {
            long gatheringId = gathering.id();
            room = new RoomConsole(rooms, liveRooms, joinLinks, gathering, this::renderAgenda, breakoutServices,
                    () -> gatherings.agenda(gatheringId));
            add(room);
        }

        H2 agendaHeading = new H2(getTranslation("gathering.agenda"));
        agendaHeading.setId("agenda-heading");
        Div agendaHeader = new Div(agendaHeading);
        agendaHeader.addClassName("agenda-header");
        if (gathering.canFacilitate()) {
            Button addBoard = new Button(getTranslation("gathering.add-board"), VaadinIcon.PLUS.create(),
                    e -> openAddBoard());
            addBoard.addClassName("add-board");
            Button fromTemplate = new Button(getTranslation("template.from-template"),
                    VaadinIcon.COPY_O.create(), e -> new TemplateDialog(templates, gathering.networkId(),
                            gathering.id(), name -> renderAgenda()).open());
            fromTemplate.addClassName("from-template");
            Button saveAgenda = new Button(getTranslation("template.save-agenda"), VaadinIcon.BOOKMARK_O.create(),
                    e -> new SaveTemplateDialog(getTranslation("template.save-agenda"), gathering.title(),
                            (name, description) -> {
                                var saved = templates.saveAgenda(gathering.id(), name, description);
                                UserMessages.showSuccess(this, "template.saved", saved.name());
                            }).open());
            saveAgenda.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            saveAgenda.addClassName("save-agenda-template");
            // A closed gathering's agenda is as read-only as its boards: it is saved as a template, not changed.
            addBoard.setVisible(!closed());
            fromTemplate.setVisible(!closed());
            Div agendaActions = new Div(addBoard, fromTemplate, saveAgenda);
            agendaActions.addClassName("agenda-actions");
            agendaHeader.add(agendaActions);
        }
        agenda.addClassName("agenda-list");
        agenda.getElement().setAttribute("aria-labelledby", "agenda-heading");
        agenda.getElement().setAttribute("role", "list");
        agendaHolder.addClassName("agenda");
        add(agendaHeader, agendaHolder);
        renderAgenda();
    }

    private DescriptionList details() {
        DescriptionList details = new DescriptionList();
        details.addClassName("gathering-details");
        details.add(new DescriptionList.Term(getTranslation("gathering.time")), new DescriptionList.Description(
                GatheringTimes.range(gathering.startsAt(), gathering.endsAt(), getLocale())));
        if (gathering.place() != null) {
            details.add(new DescriptionList.Term(getTranslation("field.place")),
                    new DescriptionList.Description(gathering.place()));
        }
        if (gathering.onlineLink() != null) {
            Component link;
            if (TextRules.isWebLink(gathering.onlineLink())) {
                Anchor anchor = new Anchor(gathering.onlineLink(), gathering.onlineLink(), AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", "noopener noreferrer");
                anchor.addClassName("gathering-link");
                link = anchor;
            } else {
                link = new Span(gathering.onlineLink());
            }
            details.add(new DescriptionList.Term(getTranslation("field.online-link")),
                    new DescriptionList.Description(link));
        }
        if (!gathering.facilitators().isEmpty()) {
            Collator collator = Collator.getInstance(getLocale());
            details.add(new DescriptionList.Term(getTranslation("field.facilitators")),
                    new DescriptionList.Description(String.join(", ", gathering.facilitators().stream()
                            .map(Facilitator::displayName).sorted(collator).toList())));
        }
        return details;
    }

    private Div facilitatorActions() {
        Button edit = new Button(getTranslation("gathering.edit"), VaadinIcon.EDIT.create(), e -> {
            GatheringDialog dialog = new GatheringDialog(getTranslation("gathering.edit"), gathering.form(),
                    networks.facilitators(gathering.networkId(), getLocale()), form -> {
                        gatherings.update(gathering.id(), form);
                        reload();
                        UserMessages.showSuccess(this, "gathering.saved");
                    });
            dialog.open();
        });
        edit.addClassName("edit-gathering");
        Div actions = new Div(edit);
        actions.addClassName("gathering-actions");
        if (gathering.status() == GatheringStatus.LIVE) {
            Button close = new Button(getTranslation("gathering.close"), VaadinIcon.STOP.create(),
                    e -> act(() -> gatherings.close(gathering.id()), "gathering.closed"));
            close.addClassName("close-gathering");
            actions.add(close);
        } else {
            Button start = new Button(getTranslation(gathering.status() == GatheringStatus.CLOSED
                    ? "gathering.reopen" : "gathering.start"), VaadinIcon.PLAY.create(),
                    e -> act(() -> gatherings.start(gathering.id()), "gathering.started"));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            start.addClassName("start-gathering");
            actions.add(start);
        }
        if (gathering.withheld()) {
            Button publish = new Button(getTranslation("gathering.publish"), VaadinIcon.GLOBE.create(),
                    e -> confirmPublish());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.addClassName("publish-gathering");
            actions.add(publish);
        }
        return actions;
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("gathering.publish-title", gathering.title()));
        confirm.setText(getTranslation("gathering.publish-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("gathering.publish"));
        confirm.addConfirmListener(e -> act(() -> gatherings.publish(gathering.id()), "gathering.published"));
        confirm.open();
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            reload();
            UserMessages.showSuccess(this, successKey, gathering.title());
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
            reload();
        }
    }

    // ---------------------------------------------------------------- agenda

    private void renderAgenda() {
        agendaHolder.removeAll();
        agenda.removeAll();
        moveButtons.clear();
        List<BoardSummary> boards = gatherings.agenda(gathering.id());
        if (boards.isEmpty()) {
            if (gathering.withheld()) {
                return; // its boards are withheld from this member, as the page says above
            }
            Paragraph empty = new Paragraph(getTranslation("gathering.agenda-empty"));
            empty.addClassNames("empty-state", "agenda-empty");
            agendaHolder.add(empty);
            return;
        }
        for (int i = 0; i < boards.size(); i++) {
            agenda.add(agendaItem(boards.get(i), i, boards.size()));
        }
        agendaHolder.add(agenda);
    }

    private ListItem agendaItem(BoardSummary board, int index, int count) {
        Anchor title = new Anchor(boardHref(board.id()), board.title());
        title.addClassName("agenda-title");
        Span kind = new Span(getTranslation(board.kind().translationKey()));
        kind.addClassName("agenda-kind");
        Div meta = new Div(kind);
        meta.addClassName("agenda-meta");
        if (board.postsAnonymous()) {
            Span anonymous = new Span(getTranslation("wall.posts-anonymous"));
            anonymous.addClassName("agenda-anonymous");
            meta.add(anonymous);
        }
        if (board.allowAnonymous()) {
            Span anonymous = new Span(getTranslation("gathering.anonymous-allowed"));
            anonymous.addClassName("agenda-anonymous");
            meta.add(anonymous);
        }
        Div text = new Div(title, meta);
        text.addClassName("agenda-text");
        if (board.instructions() != null) {
            Paragraph instructions = new Paragraph(board.instructions());
            instructions.addClassName("agenda-instructions");
            text.add(instructions);
        }
        ListItem item = new ListItem(text);
        item.addClassName("agenda-item");
        if (room != null) {
            room.decorate(item, board);
        }
        if (gathering.canFacilitate()) {
            item.add(agendaControls(board, index, count));
        }
        return item;
    }

    private Div agendaControls(BoardSummary board, int index, int count) {
        Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("gathering.move-up", board.title()));
        up.addClassName("move-up");
        up.setEnabled(index > 0);
        up.addClickListener(e -> move(board, index - 1, true));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("gathering.move-down", board.title()));
        down.addClassName("move-down");
        down.setEnabled(index < count - 1);
        down.addClickListener(e -> move(board, index + 1, false));
        Button edit = iconButton(VaadinIcon.EDIT, getTranslation("gathering.edit-board", board.title()));
        edit.addClassName("edit-board");
        edit.addClickListener(e -> {
            BoardDialog dialog = new BoardDialog(getTranslation("gathering.edit-board", board.title()),
                    board.title(), board.instructions(), board.allowAnonymous(), (title, instructions, anonymous) -> {
                        gatherings.renameBoard(board.id(), title, instructions, anonymous);
                        renderAgenda();
                        UserMessages.showSuccess(this, "gathering.saved");
                    });
            // A wall's anonymity was chosen for all its posts when it was made; notes do not choose it.
            dialog.allowAnonymous.setVisible(board.kind() != BoardKind.REFLECTION_WALL);
            dialog.open();
        });
        Button saveTemplate = iconButton(VaadinIcon.BOOKMARK_O,
                getTranslation("template.save-board.label", board.title()));
        saveTemplate.addClassName("save-board-template");
        saveTemplate.addClickListener(e -> new SaveTemplateDialog(getTranslation("template.save.title"),
                board.title(), (name, description) -> {
                    var saved = templates.saveBoard(board.id(), name, description);
                    UserMessages.showSuccess(this, "template.saved", saved.name());
                }).open());
        Button remove = iconButton(VaadinIcon.TRASH, getTranslation("gathering.remove-board", board.title()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-board");
        remove.addClickListener(e -> confirmRemove(board));
        moveButtons.put(board.id(), new Button[] {up, down});
        Div controls = closed() ? new Div(saveTemplate) : new Div(up, down, edit, saveTemplate, remove);
        controls.addClassName("agenda-controls");
        return controls;
    }

    private boolean closed() {
        return gathering.status() == GatheringStatus.CLOSED;
    }

    private Button iconButton(VaadinIcon icon, String label) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    /** Moves the board and keeps keyboard focus on it, so it can be moved again with the same key. */
    private void move(BoardSummary board, int newIndex, boolean upwards) {
        try {
            gatherings.moveBoard(board.id(), newIndex);
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
        renderAgenda();
        Button[] buttons = moveButtons.get(board.id());
        if (buttons != null) {
            Button same = buttons[upwards ? 0 : 1];
            Button other = buttons[upwards ? 1 : 0];
            (same.isEnabled() ? same : other).focus();
        }
    }

    private void openAddBoard() {
        new BoardDialog(getTranslation("gathering.add-board"), (kind, title, instructions, anonymous,
                postsAnonymous) -> {
            // Each kind starts with its own default sections (the service picks them, in the member's language).
            var added = gatherings.addBoard(gathering.id(), kind, title, instructions, anonymous, postsAnonymous,
                    List.of());
            renderAgenda();
            UserMessages.showSuccess(this, "gathering.board-added", added.title());
        }).open();
    }

    private void confirmRemove(BoardSummary board) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("gathering.remove-board.title", board.title()));
        confirm.setText(getTranslation("gathering.remove-board.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("gathering.remove-board.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                gatherings.removeBoard(board.id());
                UserMessages.showSuccess(this, "gathering.board-removed", board.title());
            } catch (UserFacingException refusal) {
                UserMessages.showError(this, refusal);
            }
            renderAgenda();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return (gathering == null ? "" : gathering.title() + " · ") + "Samskab";
    }
}
