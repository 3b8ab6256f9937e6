package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.samskab.board.BoardViews.GroupMemberState;
import org.samskab.board.GroupRole;
import org.samskab.network.NetworkViews.MemberEntry;

/** A facilitator chooses a case clinic's group: four or five people, one of them the case giver. */
class GroupDialog extends Dialog {

    final MultiSelectComboBox<MemberEntry> people = new MultiSelectComboBox<>();
    final Select<MemberEntry> caseGiver = new Select<>();
    final Button save;

    GroupDialog(List<MemberEntry> members, List<GroupMemberState> current,
            Predicate<Map<Long, GroupRole>> action) {
        setHeaderTitle(getTranslation("board.group-title"));
        addClassName("group-dialog");
        setWidth("34rem");
        setMaxWidth("100%");
        Set<Long> chosen = current.stream().map(GroupMemberState::memberId).collect(Collectors.toSet());
        people.setLabel(getTranslation("board.group-people"));
        people.setItems(members);
        people.setItemLabelGenerator(MemberEntry::displayName);
        people.setWidthFull();
        people.setValue(members.stream().filter(m -> chosen.contains(m.memberId())).collect(Collectors.toSet()));
        caseGiver.setLabel(getTranslation("board.group-role.case-giver"));
        caseGiver.setItemLabelGenerator(m -> m == null ? "" : m.displayName());
        caseGiver.setWidthFull();
        Runnable refreshGivers = () -> {
            MemberEntry previous = caseGiver.getValue();
            List<MemberEntry> inGroup = members.stream().filter(people.getValue()::contains).toList();
            caseGiver.setItems(inGroup);
            if (previous != null && inGroup.contains(previous)) {
                caseGiver.setValue(previous);
            }
        };
        refreshGivers.run();
        current.stream().filter(m -> m.role() == GroupRole.CASE_GIVER).findFirst()
                .flatMap(g -> members.stream().filter(m -> m.memberId() == g.memberId()).findFirst())
                .ifPresent(caseGiver::setValue);
        people.addValueChangeListener(e -> refreshGivers.run());
        Div fields = new Div(new Paragraph(getTranslation("board.group-help")), people, caseGiver);
        fields.addClassName("dialog-fields");
        add(fields);
        save = new Button(getTranslation("action.save"), e -> {
            Map<Long, GroupRole> group = new LinkedHashMap<>();
            for (MemberEntry member : people.getValue()) {
                group.put(member.memberId(), member.equals(caseGiver.getValue()) ? GroupRole.CASE_GIVER
                        : GroupRole.COACH);
            }
            if (action.test(group)) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }
}
