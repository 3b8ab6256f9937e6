package org.samskab.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.samskab.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The push sockets' buffers on the running server (ADR 0182): the whole-message buffers, which only read what a
 * browser sends over the socket, start small; the output buffers keep Tomcat's size, so a live change goes out in
 * one write.
 */
class TomcatSocketBuffersTest extends BrowserTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void messageBuffersStartSmallAndOutputBuffersKeepTomcatsSize() throws Exception {
        // Vaadin's service starts with the first request at the latest.
        try (HttpClient http = HttpClient.newHttpClient()) {
            http.send(HttpRequest.newBuilder(URI.create(url("login"))).build(), HttpResponse.BodyHandlers.discarding());
        }
        ServerContainer container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
        assertThat(container).isNotNull();
        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(TomcatSocketBuffers.MESSAGE_BUFFER_SIZE);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize())
                .isEqualTo(TomcatSocketBuffers.MESSAGE_BUFFER_SIZE);
        assertThat(System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE")).isNull();
    }
}
