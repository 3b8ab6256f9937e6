package org.samskab.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.websocket.server.ServerContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tomcat gives every WebSocket a whole-message buffer for text (in characters) and one for binary messages, of 8 kB
 * each by default: a sixth of what they and the socket's other buffers hold per open screen. Push sockets carry
 * live changes out and almost nothing in (Vaadin's browser sends its requests over HTTP), so those two start at
 * {@link #MESSAGE_BUFFER_SIZE} (Tomcat grows them for a bigger message up to the limit). The output and encoder
 * buffers keep Tomcat's 8 kB: a message is written in pieces of that size, each a socket write and, from
 * Atmosphere's threads, a hand-over to Tomcat's; at 1 kB that was a fifth of a busy server's CPU
 * (docs/adr/0174-small-tomcat-websocket-buffers.md).
 */
@Component
class TomcatSocketBuffers implements VaadinServiceInitListener {

    static final int MESSAGE_BUFFER_SIZE = 1024;
    private static final Logger log = LoggerFactory.getLogger(TomcatSocketBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        if (service.getServlet().getServletContext()
                .getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxTextMessageBufferSize(MESSAGE_BUFFER_SIZE);
            container.setDefaultMaxBinaryMessageBufferSize(MESSAGE_BUFFER_SIZE);
        } else {
            log.warn("No WebSocket container found: push sockets keep its default message buffers");
        }
    }
}
