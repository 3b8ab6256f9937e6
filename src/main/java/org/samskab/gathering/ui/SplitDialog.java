package org.samskab.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.BreakoutMethod;
import org.samskab.board.BoardViews.BreakoutPlan;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.BreakoutService.Candidate;
import org.samskab.ui.UserMessages;

/**
 * Splitting the room into breakout groups (docs/adr/0188), as Zoom's and Miro's breakout rooms: at random, mixing
 * organisations, or by hand (a group number per person: a keyboard path, no dragging); by group size or number of
 * groups; each group's board made like the room's board or another on the agenda.
 */
final class SplitDialog extends Dialog {

    private static final int DEFAULT_SIZE = 4;
    private static final int DEFAULT_COUNT = 3;

    private final BreakoutPanel.Services services;
    private final long boardId;
    private final Set<Long> present;
    private final RadioButtonGroup<BreakoutMethod> method = new RadioButtonGroup<>();
    private final RadioButtonGroup<String> by = new RadioButtonGroup<>();
    private final IntegerField number = new IntegerField();
    private final Select<BoardSummary> blueprint = new Select<>();
    private final Div byHand = new Div();
    private final Checkbox cafe = new Checkbox();
    private final Map<Long, IntegerField> chosen = new HashMap<>();
    private final Consumer<RoomState> done;

    SplitDialog(BreakoutPanel.Services services, long boardId, String boardTitle, List<BoardSummary> agenda,
            Consumer<RoomState> done) {
        this.services = services;
        this.boardId = boardId;
        this.done = done;
        this.present = services.liveBoards().presentMembers(boardId);
        setHeaderTitle(getTranslation("breakout.split-title"));
        addClassName("split-dialog");
        List<Candidate> candidates;
        try {
            candidates = services.breakouts().candidates(boardId, present);
        } catch (UserFacingException refusal) {
            candidates = List.of();
        }
        Paragraph who = new Paragraph(getTranslation("breakout.who", candidates.size(), boardTitle));
        who.addClassName("breakout-who");

        method.setLabel(getTranslation("breakout.method"));
        method.setItems(BreakoutMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("breakout.method." + m.name().toLowerCase()
                .replace('_', '-')));
        method.setValue(BreakoutMethod.MIX_ORGANISATIONS);
        method.addClassName("breakout-method");

        by.setLabel(getTranslation("breakout.by"));
        by.setItems("size", "count");
        by.setItemLabelGenerator(v -> getTranslation("size".equals(v) ? "breakout.by-size" : "breakout.by-count"));
        by.setValue("size");
        by.addClassName("breakout-by");
        number.setLabel(getTranslation("breakout.by-size"));
        number.setMin(1);
        number.setMax(50);
        number.setStepButtonsVisible(true);
        number.setValue(DEFAULT_SIZE);
        number.addClassName("breakout-number");
        by.addValueChangeListener(e -> {
            boolean size = "size".equals(e.getValue());
            number.setLabel(getTranslation(size ? "breakout.by-size" : "breakout.by-count"));
            number.setValue(size ? DEFAULT_SIZE : DEFAULT_COUNT);
        });

        blueprint.setLabel(getTranslation("breakout.blueprint"));
        blueprint.setItems(agenda);
        blueprint.setItemLabelGenerator(BoardSummary::title);
        agenda.stream().filter(b -> b.id() == boardId).findFirst().ifPresent(blueprint::setValue);
        blueprint.addClassName("breakout-blueprint");

        cafe.setLabel(getTranslation("breakout.cafe"));
        cafe.setHelperText(getTranslation("breakout.cafe-help"));
        cafe.addClassName("breakout-cafe");

        byHand.addClassName("breakout-by-hand");
        int i = 0;
        for (Candidate candidate : candidates) {
            IntegerField group = new IntegerField(candidate.guest()
                    ? getTranslation("breakout.group-of-guest", candidate.displayName())
                    : getTranslation("breakout.group-of", candidate.displayName()));
            group.setMin(1);
            group.setMax(50);
            group.setStepButtonsVisible(true);
            group.setValue(i++ % DEFAULT_COUNT + 1);
            group.addClassName("breakout-group-of");
            chosen.put(candidate.memberId(), group);
            byHand.add(group);
        }
        method.addValueChangeListener(e -> showMethod());
        Div form = new Div(who, method, by, number, blueprint, cafe, byHand);
        form.addClassName("split-form");
        add(form);
        showMethod();

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button split = new Button(getTranslation("breakout.split-go"), e -> split());
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        split.addClassName("split-go");
        split.setEnabled(!candidates.isEmpty());
        getFooter().add(cancel, split);
    }

    private void showMethod() {
        boolean hand = method.getValue() == BreakoutMethod.BY_HAND;
        byHand.setVisible(hand);
        by.setVisible(!hand);
        number.setVisible(!hand);
    }

    private void split() {
        BreakoutMethod how = method.getValue();
        BoardSummary like = blueprint.getValue();
        Long likeId = like == null ? null : like.id();
        BreakoutPlan plan;
        if (how == BreakoutMethod.BY_HAND) {
            Map<Long, Integer> groups = new HashMap<>();
            chosen.forEach((member, field) -> {
                if (field.getValue() != null) {
                    groups.put(member, field.getValue());
                }
            });
            plan = new BreakoutPlan(how, null, null, groups, likeId, cafe.getValue());
        } else {
            boolean size = "size".equals(by.getValue());
            plan = new BreakoutPlan(how, size ? number.getValue() : null, size ? null : number.getValue(), Map.of(),
                    likeId, cafe.getValue());
        }
        try {
            RoomState room = services.breakouts().split(boardId, new ArrayList<>(present), plan);
            close();
            done.accept(room);
            var breakout = room.breakout();
            UserMessages.showSuccess(this, "breakout.split-done", breakout == null ? 0 : breakout.groups().size());
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }
}
