package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.samskab.board.BoardViews.BoardState;

/**
 * The Theory U canvas: the five stages laid out as a U on a wide screen (down the left arm, presencing at the
 * bottom, up the right arm), a list on a phone; the current stage highlighted on every screen.
 */
class TheoryUCanvasLayout implements BoardKindLayout {

    private final BoardView view;
    private final BoardScreenModel model;
    private final BoardServiceCalls calls;
    private final Div banner = new Div();
    private final Span current = new Span();

    TheoryUCanvasLayout(BoardView view, BoardScreenModel model, BoardServiceCalls calls) {
        this.view = view;
        this.model = model;
        this.calls = calls;
        banner.addClassName("current-stage-banner");
        banner.getElement().setAttribute("aria-live", "polite");
        banner.add(current);
    }

    @Override
    public Component header() {
        return banner;
    }

    @Override
    public String canvasClass() {
        return "theory-u-canvas";
    }

    @Override
    public String focusLabel() {
        return view.getTranslation("board.current-stage");
    }

    @Override
    public void decorate(SectionColumn column) {
        if (!model.moderates()) {
            return;
        }
        String title = SectionTexts.title(view, column.section());
        Button mark = new Button(view.getTranslation("board.mark-current"), VaadinIcon.FLAG_O.create(),
                e -> calls.setFocus(column.section().id()));
        mark.setAriaLabel(view.getTranslation("board.set-current-stage", title));
        mark.setTooltipText(view.getTranslation("board.set-current-stage", title));
        mark.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        mark.addClassName("set-current-stage");
        mark.setVisible(!column.isFocused());
        column.addTool(mark);
    }

    @Override
    public void sectionsChanged(java.util.List<org.samskab.board.BoardViews.SectionState> sections) {
        boardChanged(model.board()); // the current stage may have been renamed
    }

    @Override
    public void boardChanged(BoardState state) {
        Long focus = state.focusSectionId();
        String title = model.sections().stream().filter(s -> focus != null && s.id() == focus).findFirst()
                .map(s -> SectionTexts.title(view, s)).orElse(null);
        current.setText(title == null ? "" : view.getTranslation("board.current-stage-is", title));
        banner.setVisible(title != null);
    }
}
