package org.samskab.action.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.samskab.action.ActionService;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.security.SignedInMember;

/**
 * "My actions": what the member will try before the next gathering, in every network, the overdue and soonest
 * first, and what they have concluded (issue 16).
 */
@Route("actions")
@Menu(title = "menu.actions", icon = "vaadin:check-square-o", order = 2)
@RolesAllowed(SignedInMember.ROLE_MEMBER)
class MyActionsView extends Main implements HasDynamicTitle {

    private final ActionService actions;

    MyActionsView(ActionService actions) {
        this.actions = actions;
        addClassNames("page", "my-actions-view");
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.actions");
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("menu.actions")));
        List<ActionView> mine = actions.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("action.none-mine"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        LocalDate today = LocalDate.now();
        List<ActionView> overdue = mine.stream().filter(a -> a.open() && a.dueOn() != null
                && a.dueOn().isBefore(today)).toList();
        List<ActionView> open = mine.stream().filter(a -> a.open() && !overdue.contains(a)).toList();
        List<ActionView> concluded = mine.stream().filter(a -> !a.open()).toList();
        group("action.overdue", overdue);
        group("action.open-heading", open);
        group("action.concluded-heading", concluded);
    }

    private void group(String headingKey, List<ActionView> shown) {
        if (shown.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("action-list");
        shown.forEach(a -> list.add(new ActionItemView(a, actions, false, changed -> render())));
        add(new H2(getTranslation(headingKey, shown.size())), list);
    }
}
