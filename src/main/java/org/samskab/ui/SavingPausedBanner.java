package org.samskab.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.samskab.database.DatabaseReachability;
import org.samskab.database.DatabaseReachability.SavingPaused;
import org.samskab.database.DatabaseReachability.SavingResumed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * While the database cannot be reached, every open screen says at its top that saving is paused, what that means
 * and that it ends by itself (docs/adr/0208); when saving works again the banner goes and a short message says so.
 * A screen opened during the pause shows the banner from the start.
 */
@Component
class SavingPausedBanner implements VaadinServiceInitListener {

    static final String CLASS_NAME = "saving-paused";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SavingPausedBanner.class);

    private final DatabaseReachability database;
    /** Open screens, forgotten when they detach (weakly held in case a detach is never heard of). */
    private final Set<UI> screens = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    SavingPausedBanner(DatabaseReachability database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            screens.add(ui);
            ui.addDetachListener(detach -> screens.remove(ui));
            if (database.savingPaused()) {
                show(ui);
            }
        });
    }

    @EventListener
    void paused(SavingPaused paused) {
        everyScreen(ui -> show(ui));
    }

    @EventListener
    void resumed(SavingResumed resumed) {
        everyScreen(ui -> {
            if (showsDatabaseGone(ui)) {
                // A page that could not open during the pause opens now, as it said it would.
                ui.getPage().reload();
                return;
            }
            if (hide(ui)) {
                Notification notification = Notification.show(ui.getTranslation("saving.resumed"), 5000,
                        Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                notification.addClassName("saving-resumed");
            }
        });
    }

    private void everyScreen(java.util.function.Consumer<UI> change) {
        List<UI> open;
        synchronized (screens) {
            open = List.copyOf(screens);
        }
        // Each screen under its own lock, as push requires; a screen that closed meanwhile is skipped, and no one
        // screen's failure keeps the others (or the database probe that published this) from going on.
        for (UI ui : open) {
            try {
                ui.access(() -> change.accept(ui));
            } catch (com.vaadin.flow.component.UIDetachedException closed) {
                screens.remove(ui);
            } catch (RuntimeException e) {
                log.warn("Could not tell a screen about saving: {}", e.toString());
            }
        }
    }

    /** Shows the banner on this screen, unless it shows already. Call with the screen's lock held. */
    static void show(UI ui) {
        if (banner(ui) != null) {
            return;
        }
        Div banner = new Div();
        banner.addClassName(CLASS_NAME);
        // An alert is read out at once by a screen reader, wherever the reader's focus is.
        banner.getElement().setAttribute("role", "alert");
        Paragraph title = new Paragraph(ui.getTranslation("saving.paused.title"));
        title.addClassName("saving-paused-title");
        banner.add(title, new Paragraph(ui.getTranslation("saving.paused.text")));
        ui.add(banner);
    }

    private static boolean showsDatabaseGone(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(view -> view instanceof ServerErrorView page
                        && page.hasClassName(ServerErrorView.DATABASE_GONE));
    }

    private static boolean hide(UI ui) {
        Div banner = banner(ui);
        if (banner == null) {
            return false;
        }
        ui.remove(banner);
        return true;
    }

    private static @org.jspecify.annotations.Nullable Div banner(UI ui) {
        return ui.getChildren().filter(c -> c instanceof Div div && div.hasClassName(CLASS_NAME)).map(Div.class::cast)
                .findFirst().orElse(null);
    }
}
