package org.samskab.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs UI work just after the current request has been answered, so that its changes go out over push instead
 * of in the answer. Vaadin keeps each UI's last answer in memory until that browser's next request, to resend it
 * if it got lost (vaadin/flow#24172); a member who only watches a board may send none for an hour, so a big
 * first answer would stay in memory that long. A task queued with {@code ui.access} from the request's own
 * thread does not help: Vaadin runs pending tasks before it writes the answer.
 */
@Component
public class AfterResponse implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final String QUEUE = AfterResponse.class.getName() + ".queue";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    /**
     * Runs {@code task} on {@code ui} after the current request's answer, delivered by push; right away when
     * there is no request being answered here or the UI has no push.
     */
    public static void run(UI ui, Command task) {
        VaadinRequest request = VaadinRequest.getCurrent();
        @SuppressWarnings("unchecked")
        List<Runnable> queue = request == null ? null : (List<Runnable>) request.getAttribute(QUEUE);
        if (queue == null || !ui.getPushConfiguration().getPushMode().isEnabled()) {
            task.execute();
            return;
        }
        queue.add(() -> {
            try {
                ui.access(task);
            } catch (UIDetachedException gone) {
                // The screen closed before its answer went out: nothing to show.
            }
        });
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        request.setAttribute(QUEUE, new ArrayList<Runnable>());
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception exception) {
        // requestEnd follows and runs what was queued; the UI decides whether it still exists.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        @SuppressWarnings("unchecked")
        List<Runnable> queue = (List<Runnable>) request.getAttribute(QUEUE);
        if (queue != null) {
            request.removeAttribute(QUEUE);
            queue.forEach(Runnable::run);
        }
    }
}
