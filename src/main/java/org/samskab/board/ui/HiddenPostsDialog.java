package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.samskab.board.BoardViews.HiddenPost;

/** The posts facilitators have hidden on a wall: what they said, who hid them and why, and a way back. */
class HiddenPostsDialog extends Dialog {

    private final Supplier<List<HiddenPost>> load;
    private final Consumer<Long> restore;
    private final Div body = new Div();

    HiddenPostsDialog(Supplier<List<HiddenPost>> load, Consumer<Long> restore) {
        this.load = load;
        this.restore = restore;
        setHeaderTitle(getTranslation("wall.hidden-posts"));
        addClassName("hidden-posts-dialog");
        setWidth("36rem");
        setMaxWidth("100%");
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        render();
    }

    private void render() {
        body.removeAll();
        List<HiddenPost> hidden = load.get();
        if (hidden.isEmpty()) {
            body.add(new Paragraph(getTranslation("wall.no-hidden-posts")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("hidden-post-list");
        for (HiddenPost post : hidden) {
            Paragraph text = new Paragraph(post.text());
            text.addClassName("hidden-post-text");
            Paragraph why = new Paragraph(getTranslation("wall.hidden-by", post.hiddenBy(), post.reason()));
            why.addClassName("hidden-post-reason");
            Button back = new Button(getTranslation("wall.restore"), e -> {
                restore.accept(post.noteId());
                render();
            });
            back.addClassName("restore-post");
            back.setAriaLabel(getTranslation("wall.restore-named", post.text()));
            ListItem item = new ListItem(text, why, back);
            item.addClassName("hidden-post");
            list.add(item);
        }
        body.add(list);
    }
}
