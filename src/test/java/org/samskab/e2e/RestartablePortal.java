package org.samskab.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.samskab.Application;
import org.samskab.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole portal, run by a test on a fixed port and a fresh database of its own, so that the test can stop it
 * and start it again as an operator restarts a server. Closing stops it and drops the database.
 */
final class RestartablePortal implements AutoCloseable {

    private final String database = TestDatabase.create();
    private final int port;
    private ConfigurableApplicationContext context;

    RestartablePortal() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    void start() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties(database));
        properties.put("server.port", port);
        properties.put("vaadin.devmode.devTools.enabled", false);
        // As arguments, so they win over application.properties, as they would on a command line.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(Application.class).profiles("test").run(arguments);
    }

    void stop() {
        context.close();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The portal's address, ending with a slash. */
    String base() {
        return "http://localhost:" + port + "/";
    }

    @Override
    public void close() {
        if (context != null && context.isActive()) {
            context.close();
        }
        TestDatabase.drop(database);
    }
}
