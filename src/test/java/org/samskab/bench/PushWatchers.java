package org.samskab.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Push sockets of users who only watch, read by one thread with plain NIO: the WebSocket upgrade, then the
 * server's frames, each handed on with the moment it was read. The harness shares two cores with the server, and
 * the JDK's WebSocket client spent more CPU per received message than the server spent producing it; a watcher
 * here costs a few microseconds per message, so the measurement shows the server, not the load generator.
 * Users who also send (the writer, capacity participants) keep {@link VaadinClient#connectPush}.
 */
final class PushWatchers implements AutoCloseable {

    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Watch> toRegister = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    PushWatchers() throws IOException {
        selector = Selector.open();
        thread = Thread.ofPlatform().daemon().name("push-watchers").start(this::loop);
    }

    /** One watched push socket. */
    final class Watch {
        private final SocketChannel channel;
        private final Consumer<VaadinClient.PushMessage> onMessage;
        private final CompletableFuture<Void> opened = new CompletableFuture<>();
        private final PushFrames frames = new PushFrames();
        private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        private byte[] message = new byte[0];
        private int messageLength;
        private boolean upgraded;
        private volatile boolean closedByServer;

        private Watch(SocketChannel channel, Consumer<VaadinClient.PushMessage> onMessage) {
            this.channel = channel;
            this.onMessage = onMessage;
        }

        boolean closedByServer() {
            return closedByServer;
        }

        /** Reads what arrived and hands on every complete text message; false when the socket is gone. */
        private boolean read() throws IOException {
            int read = channel.read(in);
            long now = System.nanoTime();
            if (read < 0) {
                closedByServer = true;
                opened.completeExceptionally(new IOException("Push closed"));
                return false;
            }
            in.flip();
            if (!upgraded) {
                int end = indexOf(in, HEADER_END);
                if (end < 0) {
                    in.compact();
                    return true;
                }
                String status = StandardCharsets.ISO_8859_1.decode(in.slice(in.position(), end)).toString();
                int bodyStart = in.position() + end + HEADER_END.length;
                if (!status.startsWith("HTTP/1.1 101")) {
                    opened.completeExceptionally(new IOException("Push refused: " + status.lines().findFirst()
                            .orElse("")));
                    return false;
                }
                in.position(bodyStart);
                upgraded = true;
            }
            while (frame(now)) {
                // one more complete frame handled
            }
            in.compact();
            if (!in.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
                in.flip();
                bigger.put(in);
                in = bigger;
            }
            return true;
        }

        /** Handles one complete frame at the buffer's position, if there is one. */
        private boolean frame(long now) throws IOException {
            int start = in.position();
            if (in.remaining() < 2) {
                return false;
            }
            int b0 = in.get(start) & 0xff;
            int b1 = in.get(start + 1) & 0xff;
            int header = 2;
            long length = b1 & 0x7f;
            if (length == 126) {
                if (in.remaining() < 4) {
                    return false;
                }
                length = in.getShort(start + 2) & 0xffff;
                header = 4;
            } else if (length == 127) {
                if (in.remaining() < 10) {
                    return false;
                }
                length = in.getLong(start + 2);
                header = 10;
            }
            if ((b1 & 0x80) != 0) {
                throw new IOException("A server frame must not be masked");
            }
            if (in.remaining() < header + length) {
                return false;
            }
            int opcode = b0 & 0x0f;
            boolean fin = (b0 & 0x80) != 0;
            int payloadStart = start + header;
            int payloadLength = (int) length;
            if (opcode == 1 || opcode == 0) {
                append(payloadStart, payloadLength);
                if (fin) {
                    String text = new String(message, 0, messageLength, StandardCharsets.UTF_8);
                    messageLength = 0;
                    for (String part : frames.add(text)) {
                        if (!opened.isDone()) {
                            opened.complete(null); // Atmosphere's handshake message
                        } else {
                            onMessage.accept(new VaadinClient.PushMessage(part, now));
                        }
                    }
                }
            } else if (opcode == 9) {
                byte[] payload = new byte[payloadLength];
                in.get(payloadStart, payload);
                send(10, payload);
            } else if (opcode == 8) {
                closedByServer = true;
            }
            in.position(payloadStart + payloadLength);
            return true;
        }

        private void append(int from, int length) {
            if (messageLength + length > message.length) {
                message = java.util.Arrays.copyOf(message, Math.max(message.length * 2, messageLength + length));
            }
            in.get(from, message, messageLength, length);
            messageLength += length;
        }

        /** A frame from the client: always masked, as the protocol requires. */
        private void send(int opcode, byte[] payload) throws IOException {
            byte[] mask = new byte[4];
            ThreadLocalRandom.current().nextBytes(mask);
            ByteBuffer out = ByteBuffer.allocate(2 + 4 + payload.length);
            out.put((byte) (0x80 | opcode)).put((byte) (0x80 | payload.length)).put(mask);
            for (int i = 0; i < payload.length; i++) {
                out.put((byte) (payload[i] ^ mask[i % 4]));
            }
            out.flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }

        void close() {
            try {
                if (channel.isOpen()) {
                    send(8, new byte[] {0x03, (byte) 0xe8});
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    /**
     * Opens a client's push socket (the same address, cookies and Atmosphere parameters as
     * {@link VaadinClient#connectPush}) and waits for Atmosphere's handshake message.
     */
    Watch watch(VaadinClient client, Consumer<VaadinClient.PushMessage> onMessage) throws Exception {
        URI push = client.pushUri();
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(push.getHost(), push.getPort()));
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        String request = "GET " + push.getRawPath() + "?" + push.getRawQuery() + " HTTP/1.1\r\n"
                + "Host: " + push.getHost() + ":" + push.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Cookie: " + client.cookies() + "\r\n\r\n";
        ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1));
        while (out.hasRemaining()) {
            channel.write(out);
        }
        channel.configureBlocking(false);
        Watch watch = new Watch(channel, onMessage);
        toRegister.add(watch);
        selector.wakeup();
        watch.opened.get(60, TimeUnit.SECONDS);
        return watch;
    }

    private void loop() {
        while (running) {
            try {
                selector.select(200);
                for (Watch watch; (watch = toRegister.poll()) != null;) {
                    watch.channel.register(selector, SelectionKey.OP_READ, watch);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    Watch watch = (Watch) key.attachment();
                    try {
                        if (!key.isValid() || !watch.read()) {
                            key.cancel();
                            watch.channel.close();
                        }
                    } catch (IOException e) {
                        watch.closedByServer = true;
                        watch.opened.completeExceptionally(e);
                        key.cancel();
                        watch.channel.close();
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException e) {
                if (running) {
                    System.err.println("push watchers: " + e);
                }
            }
        }
    }

    private static int indexOf(ByteBuffer buffer, byte[] what) {
        outer:
        for (int i = buffer.position(); i <= buffer.limit() - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (buffer.get(i + j) != what[j]) {
                    continue outer;
                }
            }
            return i - buffer.position();
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        selector.close();
    }
}
