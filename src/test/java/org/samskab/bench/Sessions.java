package org.samskab.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many idle participants: signed in, the target's page open, push connected; they only listen. */
final class Sessions implements AutoCloseable {

    private final ExecutorService callbacks = Executors.newFixedThreadPool(4);
    private final List<HttpClient> clients = new ArrayList<>();
    final List<VaadinClient> open = Collections.synchronizedList(new ArrayList<>());
    private final Target target;
    private int next;

    Sessions(Target target, int firstUser) {
        this.target = target;
        this.next = firstUser;
        for (int i = 0; i < 4; i++) {
            clients.add(VaadinClient.newHttpClient(callbacks));
        }
    }

    /** Opens {@code count} more sessions, six at a time; returns how many failed. */
    int add(int count) throws InterruptedException {
        ExecutorService connecting = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int user = next++;
            futures.add(connecting.submit(() -> {
                VaadinClient client = new VaadinClient(clients.get(user % clients.size()), target.base());
                target.openAs(client, user);
                client.connectPush(message -> {});
                open.add(client);
                return null;
            }));
        }
        int failures = 0;
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failures++;
            }
        }
        connecting.shutdown();
        return failures;
    }

    @Override
    public void close() {
        ExecutorService closing = Executors.newFixedThreadPool(8);
        open.forEach(client -> closing.submit(client::close));
        closing.shutdown();
        try {
            closing.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.forEach(HttpClient::close);
        callbacks.shutdownNow();
    }
}
