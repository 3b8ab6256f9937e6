package org.samskab.live;

import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * Tomcat gives every WebSocket five buffers of {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} (8 kB, one
 * of them in characters): about 48 kB per open screen, a sixth of a screen's memory on a 200-note board
 * (docs/adr/0174-small-tomcat-websocket-buffers.md). Push sockets carry small live changes out and almost nothing
 * in (Vaadin's browser sends its requests over HTTP), and Tomcat writes a bigger message in several pieces, so
 * they start at {@link #BUFFER_SIZE}. Tomcat reads this only as a system property, once, when its WebSocket
 * classes load: set here, before the web server starts, unless whoever runs Samskab chose a value.
 */
@Component
class TomcatSocketBuffers implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    static final String BUFFER_SIZE_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int BUFFER_SIZE = 1024;

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        if (System.getProperty(BUFFER_SIZE_PROPERTY) == null) {
            System.setProperty(BUFFER_SIZE_PROPERTY, Integer.toString(BUFFER_SIZE));
        }
    }
}
