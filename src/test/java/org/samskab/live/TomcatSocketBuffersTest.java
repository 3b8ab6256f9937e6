package org.samskab.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.junit.jupiter.api.Test;
import org.samskab.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The push sockets' buffers on the running server start at 1 kB (ADR 0174). Tried and measured against Tomcat's 8 kB
 * output buffers in the ramp to 200 participants: no difference in the server's CPU or round trips, 22 kB more per
 * screen (bench/benchmarks-analysis.md).
 */
class TomcatSocketBuffersTest extends BrowserTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void pushSocketsStartWithSmallBuffers() {
        assertThat(System.getProperty(TomcatSocketBuffers.BUFFER_SIZE_PROPERTY))
                .isEqualTo(Integer.toString(TomcatSocketBuffers.BUFFER_SIZE));
        ServerContainer container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
        assertThat(container).isNotNull();
        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(TomcatSocketBuffers.BUFFER_SIZE);
    }
}
