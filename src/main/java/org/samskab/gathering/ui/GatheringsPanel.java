package org.samskab.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringViews.GatheringList;
import org.samskab.gathering.GatheringViews.GatheringSummary;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.ui.UserMessages;

/** A network's gatherings: live ones first, then upcoming, then past; its facilitators and coordinators plan new ones here. */
class GatheringsPanel extends Div {

    private final long networkId;
    private final GatheringService gatherings;
    private final Div lists = new Div();
    final @Nullable Button plan;

    GatheringsPanel(long networkId, NetworkRole myRole, GatheringService gatherings, NetworkService networks,
            long myMemberId) {
        this.networkId = networkId;
        this.gatherings = gatherings;
        addClassName("gatherings-panel");
        if (myRole.canFacilitate()) {
            plan = new Button(getTranslation("gathering.plan"), VaadinIcon.PLUS.create(), e -> {
                GatheringDialog dialog = new GatheringDialog(getTranslation("gathering.plan"),
                        GatheringDialog.newForm(myMemberId), networks.facilitators(networkId, getLocale()),
                        form -> {
                            GatheringSummary planned = gatherings.plan(networkId, form);
                            refresh();
                            UserMessages.showSuccess(this, "gathering.planned", planned.title());
                        });
                dialog.open();
            });
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            plan.addClassName("plan-gathering");
            Div actions = new Div(plan);
            actions.addClassName("gatherings-actions");
            add(actions);
        } else {
            plan = null;
        }
        add(lists);
        refresh();
    }

    private void refresh() {
        lists.removeAll();
        GatheringList list = gatherings.list(networkId);
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("gathering.none"));
            empty.addClassNames("empty-state", "gatherings-empty");
            lists.add(empty);
            return;
        }
        if (!list.now().isEmpty()) {
            lists.add(new H2(getTranslation("gathering.now")), items(list.now(), "live-gatherings"));
        }
        lists.add(new H2(getTranslation("gathering.upcoming")));
        if (list.upcoming().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("gathering.none-upcoming"));
            none.addClassName("gatherings-none-upcoming");
            lists.add(none);
        } else {
            lists.add(items(list.upcoming(), "upcoming-gatherings"));
        }
        if (!list.past().isEmpty()) {
            lists.add(new H2(getTranslation("gathering.past")), items(list.past(), "past-gatherings"));
        }
    }

    private UnorderedList items(List<GatheringSummary> gatheringList, String className) {
        UnorderedList items = new UnorderedList();
        items.addClassNames("gathering-list", className);
        gatheringList.forEach(g -> items.add(item(g)));
        return items;
    }

    private ListItem item(GatheringSummary gathering) {
        // The tile repeats the date for the eye; the time below says it in words for everyone.
        Span day = new Span(GatheringTimes.dayOfMonth(gathering.startsAt()));
        day.addClassName("gathering-tile-day");
        Span month = new Span(GatheringTimes.month(gathering.startsAt(), getLocale()));
        month.addClassName("gathering-tile-month");
        Div tile = new Div(day, month);
        tile.addClassName("gathering-tile");
        tile.getElement().setAttribute("aria-hidden", "true");

        Anchor title = new Anchor(GatheringView.href(gathering.id()), gathering.title());
        title.addClassName("gathering-title");
        Span status = GatheringView.statusBadge(this, gathering.status());
        Div heading = new Div(title, status);
        if (gathering.withheld()) {
            heading.add(GatheringView.withheldBadge(this));
        }
        heading.addClassName("gathering-heading");

        Span kind = new Span(getTranslation(gathering.kind().translationKey()));
        kind.addClassName("gathering-kind");
        Span time = new Span(GatheringTimes.range(gathering.startsAt(), gathering.endsAt(), getLocale()));
        time.addClassName("gathering-time");
        Div meta = new Div(kind, time);
        meta.addClassName("gathering-meta");
        String where = gathering.place() != null ? gathering.place()
                : gathering.onlineLink() != null ? getTranslation("gathering.online") : null;
        if (where != null) {
            Span place = new Span(where);
            place.addClassName("gathering-place");
            meta.add(place);
        }
        Div main = new Div(heading, meta);
        main.addClassName("gathering-main");
        ListItem item = new ListItem(tile, main);
        item.addClassName("gathering-item");
        return item;
    }
}
