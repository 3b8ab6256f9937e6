package org.samskab.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Atmosphere gives every push socket a read buffer of {@code org.atmosphere.websocket.bufferSize} bytes and one of
 * as many characters, and Vaadin sets that to 16,384: 48 kB per open screen (a tenth of a screen's memory on a
 * 200-note board, heap dump of 100 screens). They are read buffers for messages from the browser in a stream, and
 * Vaadin's browser sends nothing over the socket (its requests go over HTTP), Tomcat hands messages over whole,
 * and Atmosphere grows the buffers when a bigger one comes. So they start at {@link #BUFFER_SIZE}. Vaadin writes its
 * value into Atmosphere's own parameters (which win over the servlet's), so this one is set there, after Vaadin.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    static final String BUFFER_SIZE_PARAMETER = "org.atmosphere.websocket.bufferSize";
    static final int BUFFER_SIZE = 1024;
    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        ServletContext context = service.getServlet().getServletContext();
        int changed = 0;
        for (String name : Collections.list(context.getAttributeNames())) {
            if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(BUFFER_SIZE_PARAMETER, Integer.toString(BUFFER_SIZE));
                changed++;
            }
        }
        if (changed == 0) {
            log.warn("No Atmosphere found to set {} on: push sockets keep Vaadin's 48 kB of buffers each",
                    BUFFER_SIZE_PARAMETER);
        }
    }
}
