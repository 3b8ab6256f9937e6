package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Dot voting in the toolbar, on kinds that vote: how many dots the member has left, and for facilitators the
 * buttons that start and end a vote and sort by its totals.
 */
class VoteBar extends Div {

    private final BoardScreenModel model;
    private final BoardServiceCalls calls;

    VoteBar(BoardScreenModel model, BoardServiceCalls calls) {
        this.model = model;
        this.calls = calls;
    }

    /** What the bar shows now: it is built again only when that changes (every screen asks on a change of pace). */
    private @org.jspecify.annotations.Nullable Object shownLook;

    void render() {
        Object look = java.util.List.of(model.board().voteState(), model.dotsLeft(), model.board().voteDots(),
                model.mayEndVote(), model.mayStartVote(), model.maySortByVotes(), getLocale());
        if (look.equals(shownLook)) {
            return;
        }
        shownLook = look;
        removeAll();
        addClassName("vote-bar");
        Span status = new Span();
        status.addClassName("vote-status");
        status.getElement().setAttribute("aria-live", "polite");
        switch (model.board().voteState()) {
            case NONE -> status.setText("");
            case OPEN -> status.setText(getTranslation("board.vote-open", model.dotsLeft(), model.board().voteDots()));
            case CLOSED -> status.setText(getTranslation("board.vote-closed"));
        }
        add(status);
        if (model.mayEndVote()) {
            Button end = new Button(getTranslation("board.end-vote"), e -> calls.endVote());
            end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            end.addClassName("end-vote");
            add(end);
        } else if (model.mayStartVote()) {
            Button start = new Button(getTranslation("board.start-vote"), VaadinIcon.CIRCLE.create(),
                    e -> new StartVoteDialog(calls::startVote).open());
            start.addClassName("start-vote");
            add(start);
        }
        if (model.maySortByVotes()) {
            Button sort = new Button(getTranslation("board.sort-by-votes"), VaadinIcon.SORT.create(),
                    e -> calls.sortByVotes());
            sort.addClassName("sort-by-votes");
            add(sort);
        }
    }
}
