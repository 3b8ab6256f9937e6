package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.BoardViews.WallStatus;

/**
 * The reflection wall: prompts instead of sections, posts instead of notes, and in the toolbar the wall's bar
 * ({@link WallPanel}: anonymity, private writing, for facilitators the phases and hidden posts). Facilitators also
 * see how many private posts each prompt holds, counted by the server and read again as the wall changes.
 */
class WallLayout implements BoardKindLayout {

    private final BoardView view;
    private final BoardScreenModel model;
    private final BoardServiceCalls calls;
    private final WallPanel panel;
    private @Nullable WallStatus status;
    private boolean statusScheduled;

    /** @param status the facilitators' counts as the wall opened; null for everyone else */
    WallLayout(BoardView view, BoardScreenModel model, BoardServiceCalls calls, @Nullable WallStatus status) {
        this.view = view;
        this.model = model;
        this.calls = calls;
        this.status = status;
        this.panel = new WallPanel(model, calls, status);
    }

    @Override
    public Component toolbar() {
        return panel;
    }

    @Override
    public KindWords words() {
        return KindWords.WALL;
    }

    @Override
    public String canvasClass() {
        return "wall-canvas";
    }

    @Override
    public void opened(BoardState state) {
        showPrivateCounts(); // as the wall opened: nothing to read again yet
    }

    @Override
    public void boardChanged(BoardState state) {
        panel.update(state, null);
        refreshStatus();
    }

    @Override
    public void sectionsChanged(List<SectionState> sections) {
        refreshStatus();
    }

    @Override
    public void notesChanged() {
        refreshStatus();
    }

    /** Once per answer to the browser, however many posts came in meanwhile (it reads the whole wall). */
    private void refreshStatus() {
        if (!model.moderates() || statusScheduled) {
            return;
        }
        statusScheduled = true;
        view.getUI().ifPresentOrElse(ui -> ui.beforeClientResponse(view, context -> {
            statusScheduled = false;
            showStatus();
        }), () -> statusScheduled = false);
    }

    private void showStatus() {
        if (model.moderates()) {
            WallStatus now = calls.wallStatus();
            if (now != null) {
                status = now;
                panel.update(model.board(), now);
                showPrivateCounts();
            }
        }
    }

    private void showPrivateCounts() {
        WallStatus counts = status;
        if (counts == null) {
            return;
        }
        boolean show = model.board().privateWriting() || counts.privatePosts() > 0;
        for (SectionColumn column : view.canvas().columns()) {
            column.showPrivateCount(show ? counts.privatePostsBySection().getOrDefault(column.section().id(), 0)
                    : null);
        }
    }
}
