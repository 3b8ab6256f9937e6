package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.GroupMemberState;
import org.samskab.board.BoardViews.SectionState;

/**
 * The case clinic as a guided board: the current step with its instruction and countdown, the facilitator's
 * step controls, and the group (one case giver, the coaches), above the steps holding the case giver's notes and
 * the coaches' mirrors.
 */
class CaseClinicLayout implements BoardKindLayout {

    private final BoardView view;
    private final BoardScreenModel model;
    private final BoardServiceCalls calls;
    private final Div panel = new Div();
    final H2 stepTitle = new H2();
    final Paragraph instruction = new Paragraph();
    final Div controls = new Div();
    final Div group = new Div();

    CaseClinicLayout(BoardView view, BoardScreenModel model, BoardServiceCalls calls) {
        this.view = view;
        this.model = model;
        this.calls = calls;
        panel.addClassName("case-clinic-panel");
        stepTitle.addClassName("step-title");
        stepTitle.getElement().setAttribute("aria-live", "polite");
        instruction.addClassName("step-instruction");
        controls.addClassName("step-controls");
        group.addClassName("case-clinic-group");
        Div step = new Div(stepTitle, instruction);
        step.addClassName("step-now");
        // The step's countdown is the board's, in the pacing bar above (every kind has one).
        Div clock = new Div(controls);
        clock.addClassName("step-clock");
        panel.add(step, clock, group);
    }

    @Override
    public Component header() {
        return panel;
    }

    @Override
    public String canvasClass() {
        return "case-clinic-canvas";
    }

    @Override
    public String focusLabel() {
        return view.getTranslation("board.current-step");
    }

    @Override
    public void decorate(SectionColumn column) {
        if (column.section().durationSeconds() != null) {
            Span minutes = new Span(view.getTranslation("board.step-minutes",
                    column.section().durationSeconds() / 60));
            minutes.addClassName("step-minutes");
            column.addTool(minutes);
        }
        if (model.moderates() && !column.isFocused()) {
            Button start = new Button(view.getTranslation("board.start-step"), VaadinIcon.PLAY.create(),
                    e -> calls.startStep(column.section().id()));
            start.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            start.addClassName("start-step");
            start.setAriaLabel(view.getTranslation("board.start-step-named",
                    SectionTexts.title(view, column.section())));
            column.addTool(start);
        }
    }

    @Override
    public void boardChanged(BoardState state) {
        List<SectionState> steps = model.sections();
        int index = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (state.focusSectionId() != null && steps.get(i).id() == state.focusSectionId()) {
                index = i;
            }
        }
        if (index < 0) {
            stepTitle.setText(view.getTranslation("board.no-current-step"));
            instruction.setVisible(false);
        } else {
            SectionState step = steps.get(index);
            stepTitle.setText(view.getTranslation("board.current-step-is", index + 1, steps.size(),
                    SectionTexts.title(view, step)));
            String guidance = SectionTexts.guidance(view, step);
            instruction.setText(guidance == null ? "" : guidance);
            instruction.setVisible(guidance != null);
        }
        renderControls(state, index, steps.size());
        renderGroup(state);
    }

    @Override
    public void sectionsChanged(List<SectionState> sections) {
        boardChanged(model.board());
    }

    private void renderControls(BoardState state, int index, int stepCount) {
        controls.removeAll();
        if (!model.moderates()) {
            return;
        }
        if (index + 1 < stepCount) {
            Button next = new Button(view.getTranslation(index < 0 ? "board.start-first-step" : "board.next-step"),
                    VaadinIcon.STEP_FORWARD.create(), e -> calls.nextStep());
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.addClassName("next-step");
            controls.add(next);
        }
    }

    private void renderGroup(BoardState state) {
        group.removeAll();
        Span heading = new Span(view.getTranslation("board.group"));
        heading.addClassName("group-heading");
        group.add(heading);
        if (state.group().isEmpty()) {
            group.add(new Paragraph(view.getTranslation("board.no-group-yet")));
        } else {
            UnorderedList people = new UnorderedList();
            people.addClassName("group-people");
            for (GroupMemberState member : state.group()) {
                Span role = new Span(view.getTranslation(member.role().translationKey()));
                role.addClassNames("group-role", "role-" + member.role().name().toLowerCase(java.util.Locale.ROOT));
                ListItem item = new ListItem(new Span(member.name()), role);
                people.add(item);
            }
            group.add(people);
        }
        if (!model.mayWrite()) {
            Paragraph only = new Paragraph(view.getTranslation("board.only-group-writes"));
            only.addClassName("only-group-writes");
            group.add(only);
        }
        if (model.mayChooseGroup()) {
            Button choose = new Button(view.getTranslation("board.choose-group"), VaadinIcon.USERS.create(),
                    e -> new GroupDialog(calls.networkMembers(), state.group(), calls::setGroup).open());
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            choose.addClassName("choose-group");
            group.add(choose);
        }
    }
}
