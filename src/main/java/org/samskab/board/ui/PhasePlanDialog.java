package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.Phase;
import org.samskab.board.PlannedPhase;

/**
 * A facilitator chooses a board's phases and their order (docs/adr/0183): the plan as a list with buttons to move
 * and remove each phase (a keyboard path, no dragging), a choice of the phases that fit the board to add, and the
 * kind's default to go back to. The service checks the plan again when it is saved.
 */
class PhasePlanDialog extends Dialog {

    final OrderedList plan = new OrderedList();
    final Select<PlannedPhase> add = new Select<>();
    private final List<PlannedPhase> phases;
    private final List<SectionState> sections;

    /** {@code onSave} gets the new plan and says whether it was saved; {@code onDefault} goes back to the kind's. */
    PhasePlanDialog(List<PlannedPhase> current, BoardKind kind, List<SectionState> sections,
            Predicate<List<PlannedPhase>> onSave, Runnable onDefault) {
        this.phases = new ArrayList<>(current);
        this.sections = sections;
        setHeaderTitle(getTranslation("phase.plan"));
        addClassName("phase-plan-dialog");
        Paragraph help = new Paragraph(getTranslation("phase.plan-help"));
        plan.addClassName("phase-plan");
        List<PlannedPhase> choices = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (phase.fits(kind) && !phase.needsSection()) {
                choices.add(PlannedPhase.of(phase));
            }
        }
        sections.stream().filter(s -> s.stageKey() != null).forEach(s -> choices.add(
                new PlannedPhase(Phase.STAGE, s.id())));
        add.setLabel(getTranslation("phase.add-label"));
        add.setItems(choices);
        add.setItemLabelGenerator(p -> PhaseTexts.name(this, p, sections));
        add.addClassName("phase-to-add");
        Button addButton = new Button(getTranslation("phase.add"), VaadinIcon.PLUS.create(), e -> {
            if (add.getValue() != null) {
                phases.add(add.getValue());
                redraw();
            }
        });
        addButton.addClassName("add-phase");
        Div adding = new Div(add, addButton);
        adding.addClassName("phase-plan-add");
        add(help, plan, adding);
        redraw();
        Button save = new Button(getTranslation("action.save"), e -> {
            if (onSave.test(List.copyOf(phases))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-phase-plan");
        Button reset = new Button(getTranslation("phase.plan-default"), e -> {
            onDefault.run();
            close();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("default-phase-plan");
        getFooter().add(reset, new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void redraw() {
        plan.removeAll();
        if (phases.isEmpty()) {
            plan.add(new ListItem(getTranslation("phase.plan-empty")));
        }
        for (int i = 0; i < phases.size(); i++) {
            int index = i;
            String name = PhaseTexts.name(this, phases.get(i), sections);
            Span label = new Span(name);
            Button up = icon(VaadinIcon.ARROW_UP, getTranslation("phase.move-up", name), i > 0,
                    () -> swap(index, index - 1));
            Button down = icon(VaadinIcon.ARROW_DOWN, getTranslation("phase.move-down", name),
                    i < phases.size() - 1, () -> swap(index, index + 1));
            Button remove = icon(VaadinIcon.TRASH, getTranslation("phase.remove", name), true, () -> {
                phases.remove(index);
                redraw();
            });
            remove.addClassName("remove-phase");
            ListItem item = new ListItem(label, up, down, remove);
            item.addClassName("phase-plan-item");
            plan.add(item);
        }
    }

    private void swap(int from, int to) {
        PlannedPhase moving = phases.remove(from);
        phases.add(to, moving);
        redraw();
    }

    private Button icon(VaadinIcon icon, String label, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setEnabled(enabled);
        return button;
    }
}
