package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.WallStatus;

/**
 * A reflection wall's bar, in place of an idea board's vote bar: whether posts are anonymous, whether private
 * writing is on, and for facilitators the phase buttons, the hidden posts, and the small-group warning. What
 * facilitators see is counted by the server ({@link WallStatus}); this only shows it.
 */
class WallPanel extends Div {

    private final BoardScreenModel model;
    private BoardState state;
    private @Nullable WallStatus status;
    final Paragraph anonymity = new Paragraph();
    final Paragraph privateWriting = new Paragraph();
    final Paragraph warning = new Paragraph();
    final Button startPrivate = new Button();
    final Button reveal = new Button();
    final Button hiddenPosts = new Button();

    WallPanel(BoardScreenModel model, BoardServiceCalls calls, @Nullable WallStatus status) {
        this.model = model;
        this.state = model.board();
        this.status = status;
        addClassName("wall-panel");
        anonymity.addClassName("wall-anonymity");
        privateWriting.addClassName("wall-private-writing");
        privateWriting.getElement().setAttribute("role", "status");
        warning.addClassNames("wall-warning");
        warning.getElement().setAttribute("role", "status");
        startPrivate.setText(getTranslation("wall.start-private-writing"));
        startPrivate.setIcon(VaadinIcon.LOCK.create());
        startPrivate.addClassName("start-private-writing");
        startPrivate.addClickListener(e -> calls.startPrivateWriting());
        reveal.setIcon(VaadinIcon.EYE.create());
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClassName("reveal-posts");
        reveal.addClickListener(e -> calls.revealPrivatePosts());
        hiddenPosts.setText(getTranslation("wall.hidden-posts"));
        hiddenPosts.setIcon(VaadinIcon.EYE_SLASH.create());
        hiddenPosts.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        hiddenPosts.addClassName("hidden-posts");
        hiddenPosts.addClickListener(
                e -> new HiddenPostsDialog(calls::hiddenPosts, calls::restorePost).open());
        add(anonymity, privateWriting, warning);
        if (status != null) {
            Div buttons = new Div(startPrivate, reveal, hiddenPosts);
            buttons.addClassName("wall-buttons");
            add(buttons);
        }
        render();
    }

    void update(BoardState newState, @Nullable WallStatus newStatus) {
        this.state = newState;
        if (newStatus != null) {
            this.status = newStatus;
        }
        render();
    }

    private void render() {
        anonymity.setText(getTranslation("wall.anonymous-wall"));
        anonymity.setVisible(state.postsAnonymous());
        privateWriting.setText(getTranslation("wall.private-writing-on"));
        privateWriting.setVisible(state.privateWriting());
        WallStatus counts = status; // null: not a facilitator
        warning.setVisible(counts != null && counts.anonymityWeak());
        if (counts != null) {
            warning.setText(getTranslation("wall.anonymity-weak", counts.posters()));
            startPrivate.setVisible(model.mayWritePrivately() && !state.privateWriting());
            reveal.setVisible(model.mayWritePrivately() && state.privateWriting());
            hiddenPosts.setVisible(model.mayRestorePosts());
            reveal.setText(getTranslation("wall.reveal-with-count", counts.privatePosts()));
        }
    }
}
