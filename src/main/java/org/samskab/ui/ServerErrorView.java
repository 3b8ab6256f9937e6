package org.samskab.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.samskab.database.DatabaseReachability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when a page could not be opened because something failed on the server, instead of Vaadin's untranslated
 * error page. When the database cannot be reached, it says that saving is paused and that the page opens by itself
 * once the database is back ({@link SavingPausedBanner} reloads it then; docs/adr/0208); otherwise it says
 * something went wrong, and the failure is logged. No parent layout: the menu needs the database too.
 */
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    /** The class of the page while the database is gone: {@link SavingPausedBanner} reloads it on resuming. */
    static final String DATABASE_GONE = "database-gone-view";
    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private final DatabaseReachability database;
    private String title = "";

    public ServerErrorView(DatabaseReachability database) {
        this.database = database;
        addClassNames("page", "server-error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        removeClassName(DATABASE_GONE);
        Exception failure = parameter.getCaughtException();
        if (database.reportFailure(failure)) {
            addClassName(DATABASE_GONE);
            title = getTranslation("saving.paused.title");
            add(new H1(title), new Paragraph(getTranslation("error.database-gone")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open {}", event.getLocation().getPath(), failure);
        title = getTranslation("error.server.title");
        add(new H1(title), new Paragraph(getTranslation("error.unexpected")),
                new Anchor("", getTranslation("error.not-found.back")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return title + " · Samskab";
    }
}
