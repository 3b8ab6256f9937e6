package org.samskab.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.samskab.base.UserFacingException;
import org.samskab.profile.AccountService;
import org.samskab.ui.UserMessages;

/**
 * "Your data": a copy of it as JSON, and deleting the account, with what that means said first and the password
 * asked again (the GDPR's rights of access and erasure, docs/adr/0197).
 */
class YourDataSection extends Div {

    final Anchor download;
    final Button delete = new Button();
    final PasswordField password = new PasswordField();
    final Button confirm = new Button();

    YourDataSection(AccountService accounts, Runnable signOut) {
        addClassName("your-data");
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = accounts.myData();
            return new DownloadResponse(new ByteArrayInputStream(data), "samskab-my-data.json",
                    "application/json", data.length);
        }), AttachmentType.DOWNLOAD, getTranslation("account.download"));
        download.addClassName("download-my-data");
        delete.setText(getTranslation("account.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClassName("delete-account");
        delete.addClickListener(e -> openDeletion(accounts, signOut));
        add(new H2(getTranslation("account.heading")), new Paragraph(getTranslation("account.intro")), download,
                new Paragraph(getTranslation("account.delete-intro")), delete);
    }

    private void openDeletion(AccountService accounts, Runnable signOut) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.delete-title"));
        dialog.addClassName("delete-account-dialog");
        UnorderedList consequences = new UnorderedList(new ListItem(getTranslation("account.delete-posts")),
                new ListItem(getTranslation("account.delete-actions")),
                new ListItem(getTranslation("account.delete-networks")),
                new ListItem(getTranslation("account.delete-final")));
        password.setLabel(getTranslation("field.current-password"));
        password.setWidthFull();
        confirm.setText(getTranslation("account.delete-confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-delete-account");
        confirm.addClickListener(e -> {
            try {
                accounts.deleteMyAccount(password.getValue());
                dialog.close();
                signOut.run();
            } catch (UserFacingException refusal) {
                password.setErrorMessage(UserMessages.text(this, refusal));
                password.setInvalid(true);
            }
        });
        dialog.add(consequences, password);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        password.focus();
    }
}
