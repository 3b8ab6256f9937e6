package org.samskab.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.Stream;
import org.samskab.action.ActionService;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.base.UserFacingException;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringViews.GatheringList;
import org.samskab.gathering.GatheringViews.GatheringSummary;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.ui.UserMessages;

/**
 * The network's open actions, for everyone in it: record one, see whose is due when. Facilitators follow them up
 * at a live or coming gathering in one step: a reflection wall with a prompt per action.
 */
class ActionsPanel extends Div {

    final Button record = new Button();
    final Select<GatheringSummary> followUpAt = new Select<>();
    final Button followUp = new Button();
    private final Div list = new Div();
    private final long networkId;
    private final ActionService actions;

    ActionsPanel(long networkId, NetworkRole myRole, ActionService actions, GatheringService gatherings,
            NetworkService networks, long me) {
        this.networkId = networkId;
        this.actions = actions;
        addClassName("actions-panel");
        H2 heading = new H2(getTranslation("action.network-heading"));
        Paragraph intro = new Paragraph(getTranslation("action.network-intro"));
        record.setText(getTranslation("action.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClassName("record-action");
        record.addClickListener(e -> new RecordActionDialog(actions, networkId, networks
                .membersByOrganisation(networkId, getLocale()).stream().flatMap(g -> g.members().stream())
                .sorted(java.util.Comparator.comparing(m -> m.displayName())).toList(), me, made -> show()).open());
        add(heading, intro, record);
        if (myRole.canFacilitate()) {
            GatheringList all = gatherings.list(networkId);
            List<GatheringSummary> ahead = Stream.concat(all.now().stream(), all.upcoming().stream()).toList();
            if (!ahead.isEmpty()) {
                followUpAt.setLabel(getTranslation("action.follow-up-at"));
                followUpAt.setItems(ahead);
                followUpAt.setItemLabelGenerator(GatheringSummary::title);
                followUpAt.setValue(ahead.getFirst());
                followUp.setText(getTranslation("action.follow-up"));
                followUp.addClassName("follow-up-actions");
                followUp.addClickListener(e -> followUp());
                Div facilitation = new Div(followUpAt, followUp);
                facilitation.addClassName("actions-follow-up");
                add(facilitation);
            }
        }
        list.addClassName("actions-list-holder");
        add(list);
        show();
    }

    private void show() {
        list.removeAll();
        List<ActionView> open = actions.openIn(networkId);
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("action.none-open-network"));
            none.addClassName("empty-state");
            list.add(none);
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("action-list");
        open.forEach(a -> items.add(new ActionItemView(a, actions, true, changed -> show())));
        list.add(items);
    }

    private void followUp() {
        GatheringSummary at = followUpAt.getValue();
        if (at == null) {
            return;
        }
        try {
            long wall = actions.carryToWall(at.id(), getTranslation("action.wall-title"),
                    getTranslation("action.wall-instructions"));
            UserMessages.showSuccess(this, "action.followed-up", at.title());
            Anchor open = new Anchor("boards/" + wall, getTranslation("action.open-wall"));
            open.addClassName("follow-up-wall-link");
            addComponentAtIndex(indexOf(list), open);
            show();
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }
}
