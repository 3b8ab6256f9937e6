package org.samskab.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Lets a screen nobody touches (a board on a projector or a phone) show within seconds that the server is gone.
 * <p>
 * Vaadin's client (25.2, push over "websocket-xhr") only logs it when the push socket closes, and shows its
 * "reconnecting" banner at the screen's next request or heartbeat (vaadin/flow#23977), which for an idle screen
 * can be minutes away. So each page listens to Atmosphere, Vaadin's push library, and when the socket closes
 * while Vaadin still thinks it is connected, asks Vaadin's client to poll once. If the server is gone, that
 * request fails and Vaadin's own reconnect path takes over: the translated banner, a retry every few seconds,
 * and the reload once the server is back. If only the socket dropped, the poll is one harmless round trip.
 */
@Component
class LostServerWatch implements VaadinServiceInitListener {

    // Once per page; waits for the push script, which Vaadin loads itself as the page starts.
    private static final String SCRIPT = """
            if (!window.samskabLostServerWatch) {
              window.samskabLostServerWatch = true;
              const pollIfClosed = response => {
                const state = window.Vaadin.connectionState;
                if (response.state === 'closed' && state && state.state === 'connected') {
                  Object.values(window.Vaadin.Flow.clients).forEach(client => client.poll && client.poll());
                }
              };
              const watch = () => {
                const push = window.vaadinPush && window.vaadinPush.atmosphere;
                if (push) {
                  push.addCallback(pollIfClosed);
                } else {
                  setTimeout(watch, 500);
                }
              };
              watch();
            }
            """;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().getPage().executeJs(SCRIPT));
    }
}
