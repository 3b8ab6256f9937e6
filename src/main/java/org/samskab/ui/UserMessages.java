package org.samskab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import org.samskab.base.TextRules.TranslatedArgument;
import org.samskab.base.UserFacingException;

/** Turns a service's refusal into a sentence in the reader's language, and shows short confirmations. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String text(Component context, UserFacingException refusal) {
        Object[] arguments = Arrays.stream(refusal.messageArguments())
                .map(a -> a instanceof TranslatedArgument t ? context.getTranslation(t.key()) : a)
                .toArray();
        return context.getTranslation(refusal.messageKey(), arguments);
    }

    public static void showError(Component context, UserFacingException refusal) {
        Notification notification = Notification.show(text(context, refusal), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void showSuccess(Component context, String key, Object... arguments) {
        Notification notification = Notification.show(context.getTranslation(key, arguments), 3000,
                Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
