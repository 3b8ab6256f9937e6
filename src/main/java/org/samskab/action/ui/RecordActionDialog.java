package org.samskab.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.samskab.action.ActionService;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.network.NetworkViews.MemberEntry;

/** {@link RecordActionForm} in a dialog, on the network's Actions tab. */
class RecordActionDialog extends Dialog {

    final RecordActionForm form;

    RecordActionDialog(ActionService actions, long networkId, List<MemberEntry> members, long me,
            Consumer<ActionView> recorded) {
        setHeaderTitle(getTranslation("action.record-title"));
        addClassName("record-action-dialog");
        form = new RecordActionForm(actions, networkId, null, null, members, me, made -> {
            recorded.accept(made);
            close();
        });
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), form.save);
    }
}
