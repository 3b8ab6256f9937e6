package org.samskab.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One virtual user speaking Vaadin Flow's real protocol, as the browser's Flow client does: the bootstrap page and
 * session cookie, a form sign-in, {@code ?v-r=init} for the UI id, CSRF token ({@code Vaadin-Security-Key}) and
 * push id, a {@code ui-navigate} event to build the view, then the Atmosphere push WebSocket (frames
 * {@code length|message}). Client RPCs go over HTTP ({@code ?v-r=uidl}), as Flow's client does when the server
 * sets {@code alwaysXhrToServer}; each carries the CSRF token, the last server sync id seen and the next client id.
 * <p>
 * Cookies are kept per user by hand, so many users can share one {@link HttpClient} (one selector thread each
 * instead of one per user).
 */
final class VaadinClient implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private int uiId = -1;
    private String csrfToken;
    private String pushId;
    /** The bootstrap page of the last {@link #open}: its form fields' {@code _csrf} value. */
    private String lastPage = "";
    private final AtomicLong lastSyncId = new AtomicLong(-1);
    private final AtomicInteger clientId = new AtomicInteger();
    private volatile WebSocket socket;
    private volatile boolean closedByServer;
    /** A user who only watches sends nothing after opening: the push messages' sync ids need not be read. */
    private volatile boolean readOnly;
    /** Pushed card calls are followed only in messages holding this (null: in every message). */
    private volatile @Nullable String pushedCardsWith;
    private final AtomicLong bytesReceived = new AtomicLong();
    /** Element tree of the open view, node id to what the client knows of it (tag, classes, text, children). */
    private final Map<Integer, Node> nodes = new HashMap<>();
    /** The board's cards as the browser would draw them: note id to markup (guarded by {@code nodes}). */
    private final Map<Long, String> cards = new HashMap<>();

    /** A node of the view, as far as this client tracks it. */
    static final class Node {
        String tag;
        String text;
        final List<String> classes = new ArrayList<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
    }

    /** A push message as it arrived: its text and the moment (System.nanoTime) the frame came in. */
    record PushMessage(String text, long arrivedNanos) {
    }

    /** The answer to an RPC: the response body, its size, and how long the round trip took. */
    record RpcResult(String body, int bytes, long nanos) {
    }

    VaadinClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** An HTTP client as the harness uses it: HTTP/1.1 (Vaadin push needs a plain WebSocket upgrade). */
    static HttpClient newHttpClient(java.util.concurrent.Executor executor) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    // ---------------------------------------------------------------- HTTP

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    private String cookieHeader() {
        StringBuilder header = new StringBuilder();
        synchronized (cookies) {
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
        }
        return header.toString();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                synchronized (cookies) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        bytesReceived.addAndGet(response.body() == null ? 0 : response.body().length());
        return response;
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(pathAndQuery).GET().build());
        if (response.statusCode() >= 400) {
            throw new IOException("GET " + pathAndQuery + " answered " + response.statusCode());
        }
        return response;
    }

    /**
     * Signs in with the login page's form, as a browser does: the page's session cookie and its {@code _csrf}
     * value (Vaadin's page script copies it into the form), then a POST to {@code /login}.
     */
    void signIn(String email, String password) throws IOException, InterruptedException {
        postSignIn(get("login").body(), email, password);
    }

    /**
     * Signs in with the sign-in form of the page last opened with {@link #open} (the join page has one); returns
     * where the server sends the browser then.
     */
    String signInOnThisPage(String email, String password) throws IOException, InterruptedException {
        return postSignIn(lastPage, email, password);
    }

    private String postSignIn(String page, String email, String password) throws IOException,
            InterruptedException {
        Matcher csrf = CSRF_META.matcher(page);
        StringBuilder form = new StringBuilder("username=").append(encode(email)).append("&password=")
                .append(encode(password));
        if (csrf.find()) {
            form.append("&_csrf=").append(encode(csrf.group(1)));
        }
        HttpResponse<String> response = send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
        String location = response.headers().firstValue("location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IOException("Sign-in of " + email + " refused: " + response.statusCode() + " " + location);
        }
        return location;
    }

    /**
     * Opens a route as a browser does (a page load: the same user may open another page after it): the bootstrap
     * page, {@code ?v-r=init}, then the {@code ui-navigate} event that builds the server-side view. Returns the navigation's answer (the first render).
     */
    RpcResult open(String route) throws IOException, InterruptedException {
        // A page load: a new UI, which counts its messages from the start and knows nothing of the last page.
        lastSyncId.set(-1);
        clientId.set(0);
        synchronized (nodes) {
            nodes.clear();
            cards.clear();
        }
        lastPage = get(route.isEmpty() ? "" : route).body();
        HttpResponse<String> init = get("?v-r=init&location=" + encode(route) + "&query=");
        JsonNode appConfig = JSON.readTree(init.body()).get("appConfig");
        uiId = appConfig.get("v-uiId").asInt();
        JsonNode uidl = appConfig.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        pushId = uidl.get("Vaadin-Push-ID").asString();
        applyUidl(uidl);
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        ObjectNode navigate = JSON.createObjectNode();
        navigate.put("type", "event");
        navigate.put("node", 1);
        navigate.put("event", "ui-navigate");
        navigate.set("data", data);
        return rpc(List.of(navigate));
    }

    /** Sends client RPCs over HTTP and applies the answer; returns it with its size and round-trip time. */
    RpcResult rpc(List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", lastSyncId.get());
        message.put("clientId", clientId.getAndIncrement());
        HttpRequest request = request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build();
        long started = System.nanoTime();
        HttpResponse<String> response = send(request);
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IOException("UIDL request answered " + response.statusCode());
        }
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (answer.has("meta") && answer.get("meta").has("sessionExpired")) {
            throw new IOException("Session expired");
        }
        applyUidl(answer);
        return new RpcResult(body, response.body().length(), took);
    }

    /** Remembers the sync id and the parts of the element tree the harness needs to find fields and buttons. */
    private void applyUidl(JsonNode uidl) {
        if (uidl.has("syncId")) {
            lastSyncId.accumulateAndGet(uidl.get("syncId").asLong(), Math::max);
        }
        applyCardCalls(uidl.get("execute"));
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        synchronized (nodes) {
            for (JsonNode change : changes) {
                int id = change.get("node").asInt();
                Node node = nodes.computeIfAbsent(id, k -> new Node());
                String type = change.path("type").asString();
                int feature = change.path("feat").asInt(-1);
                if ("put".equals(type) && feature == 0 && "tag".equals(change.path("key").asString())) {
                    node.tag = change.get("value").asString();
                } else if ("put".equals(type) && feature == 3) {
                    // A plain value, or a resource's address (a download link's href is {"uri": "VAADIN/…"}).
                    JsonNode value = change.path("value");
                    JsonNode uri = value.path("uri");
                    if (value.isString() || uri.isString()) {
                        node.attributes.put(change.path("key").asString(), (value.isString() ? value : uri)
                                .asString());
                    }
                } else if ("put".equals(type) && feature == 7 && "text".equals(change.path("key").asString())) {
                    node.text = change.get("value").asString();
                } else if ("splice".equals(type) && feature == 11 && change.has("add")) {
                    change.get("add").forEach(c -> node.classes.add(c.asString()));
                } else if ("splice".equals(type) && feature == 2) {
                    int index = change.path("index").asInt();
                    int remove = change.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < node.children.size(); i++) {
                        node.children.remove(index);
                    }
                    if (change.has("addNodes")) {
                        List<Integer> added = new ArrayList<>();
                        change.get("addNodes").forEach(n -> added.add(n.asInt()));
                        node.children.addAll(Math.min(index, node.children.size()), added);
                    }
                } else if ("clear".equals(type) && feature == 2) {
                    node.children.clear();
                } else if ("detach".equals(type)) {
                    nodes.remove(id);
                }
            }
        }
    }

    /**
     * Follows the calls that draw a section's cards in the browser ({@code board.nocache.js}, ADR 0173): each invocation is
     * its parameters followed by its expression, {@code window.samskabBoard.cards.<operation>(this, $0, …)}.
     */
    private void applyCardCalls(JsonNode invocations) {
        if (invocations == null) {
            return;
        }
        synchronized (nodes) {
            for (JsonNode invocation : invocations) {
                String expression = invocation.get(invocation.size() - 1).asString();
                int at = expression.indexOf(CARD_CALL);
                if (at < 0) {
                    continue;
                }
                String operation = expression.substring(at + CARD_CALL.length(), expression.indexOf('(', at));
                switch (operation) {
                    case "reset" -> invocation.get(0).forEach(card -> cards.put(card.get(0).asLong(),
                            card.get(1).asString()));
                    case "insert", "redraw" -> cards.put(invocation.get(0).asLong(), invocation.get(1).asString());
                    case "remove" -> cards.remove(invocation.get(0).asLong());
                    default -> {
                        // "order" moves cards the client already knows
                    }
                }
            }
        }
    }

    private static final String CARD_CALL = "samskabBoard.cards.";

    /** A push message's UIDL (Vaadin may prefix it with {@code for(;;);} and wrap it in an array). */
    private static JsonNode pushedUidl(String message) {
        String json = message.startsWith("for(;;);") ? message.substring("for(;;);".length()) : message;
        JsonNode uidl = JSON.readTree(json);
        return uidl.isArray() ? uidl.get(0) : uidl;
    }

    /** The first node with this tag and class, or -1. */
    int findNode(String tag, String cssClass) {
        synchronized (nodes) {
            return nodes.entrySet().stream()
                    .filter(e -> tag.equals(e.getValue().tag) && e.getValue().classes.contains(cssClass))
                    .mapToInt(Map.Entry::getKey).min().orElse(-1);
        }
    }

    /** An attribute of a node as the server last set it (an anchor's {@code href}), or null. */
    @Nullable
    String attribute(int node, String name) {
        synchronized (nodes) {
            Node found = nodes.get(node);
            return found == null ? null : found.attributes.get(name);
        }
    }

    /** What a browser gets for a link of the page (a download), in this session: the bytes and how long it took. */
    Download download(String href) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request(href).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IOException(href + " answered " + response.statusCode());
        }
        bytesReceived.addAndGet(response.body().length);
        return new Download(response.body(), took);
    }

    /** A downloaded file and its round-trip time. */
    record Download(byte[] content, long nanos) {
    }

    /** The first child (at any depth) of {@code parent} with this tag whose own text child reads {@code text}. */
    int findChildWithText(int parent, String tag, String text) {
        synchronized (nodes) {
            Node node = nodes.get(parent);
            if (node == null) {
                return -1;
            }
            for (int child : node.children) {
                Node c = nodes.get(child);
                if (c == null) {
                    continue;
                }
                if (tag.equals(c.tag) && c.children.stream().map(nodes::get)
                        .anyMatch(t -> t != null && text.equals(t.text))) {
                    return child;
                }
                int deeper = findChildWithText(child, tag, text);
                if (deeper >= 0) {
                    return deeper;
                }
            }
            return -1;
        }
    }

    /** The first child of {@code parent} (at any depth) with this tag, or -1. */
    int findChild(int parent, String tag) {
        synchronized (nodes) {
            Node node = nodes.get(parent);
            if (node == null) {
                return -1;
            }
            for (int child : node.children) {
                Node c = nodes.get(child);
                if (c != null && tag.equals(c.tag)) {
                    return child;
                }
                int deeper = findChild(child, tag);
                if (deeper >= 0) {
                    return deeper;
                }
            }
            return -1;
        }
    }

    /** A text property set in an answer (a notification's message, a label), as Flow sends it. */
    static final Pattern SHOWN_TEXT = Pattern.compile(
            "\"key\":\"text\",(?:\"feat\":\\d+,)?\"value\":\"([^\"]{1,200})\"");

    /** The message of the first notification an answer shows, or null when it shows none. */
    static @Nullable String shownMessage(String answer) {
        int at = answer.indexOf("vaadin-notification");
        if (at < 0) {
            return null;
        }
        Matcher text = SHOWN_TEXT.matcher(answer.substring(at));
        return text.find() ? text.group(1) : "?";
    }

    /** The ids of the board's sections, in the order their columns were first seen. */
    List<Long> sectionIds() {
        synchronized (nodes) {
            return nodes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getValue().attributes.get("data-section-id")).filter(java.util.Objects::nonNull)
                    .map(Long::valueOf).distinct().toList();
        }
    }

    /** How many note cards the board shows this client. */
    int cardCount() {
        synchronized (nodes) {
            return cards.size();
        }
    }

    /** The id of the note whose card's markup contains {@code fragment}, or null. */
    String noteIdWithText(String fragment) {
        synchronized (nodes) {
            for (var card : cards.entrySet()) {
                if (card.getValue().contains(fragment)) {
                    return Long.toString(card.getKey());
                }
            }
            return null;
        }
    }

    /**
     * A click on a button inside a note card's markup, as the browser reports it to the board's one listener
     * (the expressions are the event data that listener asks for, in {@code BoardCanvas}).
     */
    static ObjectNode cardButtonClick(int canvas, String noteId, String action) {
        ObjectNode click = JSON.createObjectNode();
        click.put("type", "event");
        click.put("node", canvas);
        click.put("event", "click");
        ObjectNode data = click.putObject("data");
        data.put("event.target.closest('[data-note-action]').dataset.noteAction", action);
        data.put("event.target.closest('.note-card')?.dataset.noteId", noteId);
        data.put("event.target.closest('[data-note-action]').dataset.targetNote || ''", "");
        data.put("event.target.closest('[data-note-action]') !== null", true);
        return click;
    }

    /**
     * A call of a component's {@code @ClientCallable} method, as the page's script makes it (the board's
     * drag-and-drop calls {@code dropNote} this way).
     */
    static ObjectNode callServer(int node, String method, long... arguments) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        ArrayNode args = call.putArray("templateEventMethodArgs");
        for (long argument : arguments) {
            args.add(argument);
        }
        call.put("promise", 0);
        return call;
    }

    /** The RPCs a browser sends when someone types in a field and leaves it: the value, then "change". */
    static List<ObjectNode> typeInto(int node, String value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        ObjectNode change = JSON.createObjectNode();
        change.put("type", "event");
        change.put("node", node);
        change.put("event", "change");
        change.putObject("data");
        return List.of(sync, change);
    }

    /** The RPC a browser sends for a mouse click on an element with a click listener. */
    static ObjectNode click(int node) {
        ObjectNode click = JSON.createObjectNode();
        click.put("type", "event");
        click.put("node", node);
        click.put("event", "click");
        ObjectNode data = click.putObject("data");
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        for (String key : List.of("event.detail", "event.clientX", "event.clientY", "event.button",
                "event.screenX", "event.screenY")) {
            data.put(key, key.equals("event.detail") ? 1 : 0);
        }
        return click;
    }

    // ---------------------------------------------------------------- push

    private static boolean causesMention(Throwable failure, String text) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Follows pushed card calls only in messages that hold {@code text} (a participant's own notes' mark): reading
     * every card every screen is pushed would make the load generator, not the server, the room's limit.
     */
    void followPushedCardsWith(String text) {
        this.pushedCardsWith = text;
    }

    /**
     * Opens the push WebSocket as Flow's Atmosphere client does, and hands every complete push message to
     * {@code onMessage} with the time its frame arrived.
     */
    void connectPush(Consumer<PushMessage> onMessage) throws IOException, InterruptedException {
        URI uri = URI.create(pushUri().toString().replaceFirst("^http", "ws"));
        PushFrames frames = new PushFrames();
        CompletableFuture<Void> opened = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public void onOpen(WebSocket webSocket) {
                webSocket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                long now = System.nanoTime();
                bytesReceived.addAndGet(data.length());
                for (String message : frames.add(data)) {
                    if (!opened.isDone()) {
                        opened.complete(null); // the Atmosphere handshake (tracking id, heartbeat interval)
                        continue;
                    }
                    if (!readOnly) {
                        Matcher sync = SYNC_ID.matcher(message);
                        if (sync.find()) {
                            lastSyncId.accumulateAndGet(Long.parseLong(sync.group(1)), Math::max);
                        }
                        // A member's own note can reach them over push before their request's answer (another
                        // screen's change was pushed first): its card is then drawn from the push.
                        String wanted = pushedCardsWith;
                        if (message.contains(CARD_CALL) && (wanted == null || message.contains(wanted))) {
                            try {
                                applyCardCalls(pushedUidl(message).get("execute"));
                            } catch (RuntimeException notUidl) {
                                // Not a UIDL message after all: the cards are followed from the answers.
                            }
                        }
                    }
                    onMessage.accept(new PushMessage(message, now));
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closedByServer = true;
                opened.completeExceptionally(new IOException("Push closed: " + statusCode + " " + reason));
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closedByServer = true;
                opened.completeExceptionally(error);
            }
        };
        try {
            try {
                socket = http.newWebSocketBuilder().header("Cookie", cookieHeader()).connectTimeout(TIMEOUT)
                        .buildAsync(uri, listener).get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!String.valueOf(e.getCause()).contains("WebSocketHandshakeException")
                        || !causesMention(e, "multivalued")) {
                    throw e;
                }
                // Tomcat answers the 100th request on a kept-alive connection with "Connection: upgrade, close";
                // a browser takes that list, the JDK's client refuses it. A browser would be connected: so is this
                // client, on a fresh connection.
                socket = http.newWebSocketBuilder().header("Cookie", cookieHeader()).connectTimeout(TIMEOUT)
                        .buildAsync(uri, listener).get(60, TimeUnit.SECONDS);
            }
            opened.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            String status = e.getCause() instanceof java.net.http.WebSocketHandshakeException refused
                    ? " (answered " + refused.getResponse().statusCode() + ")" : "";
            throw new IOException("Push connection failed" + status + ": " + e, e);
        }
    }

    /** From now on this user only watches (so the load generator spends less on each push message). */
    VaadinClient watchOnly() {
        readOnly = true;
        return this;
    }

    /** The push socket's address, as Flow's Atmosphere client builds it (http: the upgrade comes on top). */
    URI pushUri() {
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + lastSyncId.get();
        return URI.create(base.toString() + "VAADIN/push?" + query);
    }

    /** The user's cookies as a {@code Cookie} header value. */
    String cookies() {
        return cookieHeader();
    }

    boolean pushClosedByServer() {
        return closedByServer;
    }

    long bytesReceived() {
        return bytesReceived.get();
    }

    /** Closes the push socket; the server detaches the UI when it notices. */
    @Override
    public void close() {
        WebSocket ws = socket;
        if (ws != null) {
            try {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                ws.abort();
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
