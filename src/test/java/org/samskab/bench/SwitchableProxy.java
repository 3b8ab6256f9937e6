package org.samskab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A TCP proxy on a loopback port in front of the database, which a test can switch off and on: switched off, it
 * closes every connection it carries and refuses new ones, as a stopped MariaDB does, without stopping the
 * MariaDB every other test shares. Switched on again, it listens on the same port.
 */
public final class SwitchableProxy implements AutoCloseable {

    private final int port;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private @Nullable ServerSocket listening;

    public SwitchableProxy(String targetHost, int targetPort) throws IOException {
        this.port = BenchServer.freePort();
        this.target = new InetSocketAddress(targetHost, targetPort);
        switchOn();
    }

    public int port() {
        return port;
    }

    public synchronized void switchOn() throws IOException {
        if (listening != null) {
            return;
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listening = server;
        Thread.ofVirtual().name("proxy-accept").start(() -> accept(server));
    }

    /** Closes every carried connection and stops listening: new connections are refused. */
    public synchronized void switchOff() throws IOException {
        if (listening != null) {
            listening.close();
            listening = null;
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                try {
                    upstream.connect(target, 5000);
                } catch (IOException refused) {
                    close(client);
                    continue;
                }
                // One accepted just as the proxy was switched off is closed, not carried through the outage.
                synchronized (this) {
                    if (listening != server) {
                        close(client);
                        close(upstream);
                        continue;
                    }
                    open.add(client);
                    open.add(upstream);
                }
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException closedOrRefused) {
                // switched off, or the database refused: the client's connection ends
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, read);
            }
        } catch (IOException ended) {
            // one side closed
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing to do
        }
    }

    @Override
    public void close() throws IOException {
        switchOff();
    }
}
