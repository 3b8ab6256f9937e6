package org.samskab.memory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.samskab.base.UserFacingException;
import org.samskab.gathering.GatheringKind;
import org.samskab.memory.ArchiveService;
import org.samskab.memory.ArchiveService.ArchiveEntry;
import org.samskab.memory.ArchiveService.Glance;

/**
 * The archive on the Memory tab: the network's closed gatherings, newest first, filtered by year, kind, facilitator
 * and organisation, each with its top ideas and actions at a glance and a link to its harvest. Ten at a time: a
 * network of many years reads in pieces on a phone.
 */
class ArchiveList extends Div {

    private static final int PAGE = 10;

    final Select<Integer> year = new Select<>();
    final Select<GatheringKind> kind = new Select<>();
    final ComboBox<String> facilitator = new ComboBox<>();
    final ComboBox<String> organisation = new ComboBox<>();
    final Button more = new Button();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph count = new Paragraph();
    private final ArchiveService archive;
    private final List<ArchiveEntry> all;
    private List<ArchiveEntry> shown = List.of();
    private int showing;

    ArchiveList(ArchiveService archive, long networkId) {
        this.archive = archive;
        addClassName("archive");
        all = archive.entries(networkId, getLocale());
        H3 heading = new H3(getTranslation("archive.heading"));
        add(heading);
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("archive.empty"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        year.setLabel(getTranslation("archive.year"));
        year.setItems(all.stream().map(ArchiveEntry::year).distinct().sorted(Comparator.reverseOrder()).toList());
        year.setItemLabelGenerator(y -> y == null ? getTranslation("archive.all") : Integer.toString(y));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("archive.all"));
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(all.stream().map(ArchiveEntry::kind).distinct().sorted().toList());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("archive.all") : getTranslation(k.translationKey()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("archive.all"));
        facilitator.setLabel(getTranslation("archive.facilitator"));
        facilitator.setItems(all.stream().flatMap(e -> e.facilitators().stream()).distinct().sorted().toList());
        facilitator.setClearButtonVisible(true);
        organisation.setLabel(getTranslation("archive.organisation"));
        organisation.setItems(all.stream().flatMap(e -> e.organisations().stream()).distinct().sorted().toList());
        organisation.setClearButtonVisible(true);
        year.addValueChangeListener(e -> filter());
        kind.addValueChangeListener(e -> filter());
        facilitator.addValueChangeListener(e -> filter());
        organisation.addValueChangeListener(e -> filter());
        Div filters = new Div(year, kind, facilitator, organisation);
        filters.addClassName("archive-filters");
        count.addClassName("archive-count");
        count.getElement().setAttribute("role", "status");
        list.addClassName("archive-list");
        more.setText(getTranslation("archive.more"));
        more.addClassName("archive-more");
        more.addClickListener(e -> showMore());
        add(filters, count, list, more);
        filter();
    }

    private void filter() {
        shown = all.stream().filter(e -> year.getValue() == null || e.year() == year.getValue())
                .filter(e -> kind.getValue() == null || e.kind() == kind.getValue())
                .filter(e -> facilitator.getValue() == null || e.facilitators().contains(facilitator.getValue()))
                .filter(e -> organisation.getValue() == null || e.organisations().contains(organisation.getValue()))
                .toList();
        count.setText(getTranslation("archive.count", shown.size()));
        list.removeAll();
        showing = 0;
        showMore();
    }

    private void showMore() {
        int until = Math.min(shown.size(), showing + PAGE);
        for (int i = showing; i < until; i++) {
            list.add(entry(shown.get(i)));
        }
        showing = until;
        more.setVisible(showing < shown.size());
    }

    private ListItem entry(ArchiveEntry entry) {
        ListItem item = new ListItem();
        item.addClassName("archive-entry");
        Anchor title = new Anchor("gatherings/" + entry.gatheringId() + "/harvest", entry.title());
        title.addClassName("archive-title");
        H4 heading = new H4(title);
        List<String> about = new ArrayList<>();
        about.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(entry.startsAt()));
        about.add(getTranslation(entry.kind().translationKey()));
        if (!entry.facilitators().isEmpty()) {
            about.add(String.join(", ", entry.facilitators()));
        }
        Span meta = new Span(String.join(" · ", about));
        meta.addClassName("archive-meta");
        item.add(heading, meta);
        if (entry.publishedAt() == null) {
            Span withheld = new Span(getTranslation("gathering.withheld-badge"));
            withheld.getElement().getThemeList().add("badge");
            item.add(withheld);
        }
        Glance glance;
        try {
            glance = archive.glance(entry.gatheringId(), getLocale());
        } catch (UserFacingException gone) {
            return item; // reopened meanwhile: no harvest now
        }
        if (!glance.topIdeas().isEmpty()) {
            item.add(glanceList("archive.top-ideas", glance.topIdeas()));
        }
        if (!glance.actions().isEmpty()) {
            item.add(glanceList("archive.actions", glance.actions()));
        }
        return item;
    }

    private Div glanceList(String labelKey, List<String> texts) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("archive-glance-label");
        UnorderedList items = new UnorderedList();
        texts.stream().filter(Objects::nonNull).forEach(t -> items.add(new ListItem(t)));
        Div glance = new Div(label, items);
        glance.addClassName("archive-glance");
        return glance;
    }
}
