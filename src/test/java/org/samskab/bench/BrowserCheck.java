package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.HdrHistogram.Histogram;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.samskab.BrowserTest;

/**
 * A real-browser cross-check of the protocol client: {@code pages} headless Chromium pages (each its own browser
 * profile and member) have the board open; the protocol-client writer adds notes every 1–2 s. A MutationObserver
 * in each page stamps (wall clock) when a note's nonce enters the DOM, so this includes the browser's own work.
 */
final class BrowserCheck {

    record Result(int pages, int sent, long expected, long received, double p50, double p95, double max) {
    }

    private static final String OBSERVE = """
            window.__seen = {};
            const record = (text, at) => {
              if (!text) { return; }
              for (let i = text.indexOf('nonce='); i >= 0; i = text.indexOf('nonce=', i + 1)) {
                const id = (text.substring(i + 6).match(/^[A-Za-z0-9]+/) || [''])[0];
                if (id && !(id in window.__seen)) { window.__seen[id] = at; }
              }
            };
            new MutationObserver(mutations => {
              const at = performance.timeOrigin + performance.now();
              for (const m of mutations) {
                if (m.type === 'characterData') { record(m.target.textContent, at); }
                m.addedNodes.forEach(n => record(n.textContent, at));
              }
            }).observe(document.body, {childList: true, subtree: true, characterData: true});
            """;

    private BrowserCheck() {
    }

    static Result run(Target target, int pages, int texts, PrintStream log) throws Exception {
        List<WebDriver> browsers = new ArrayList<>();
        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        try (HttpClient http = VaadinClient.newHttpClient(callbacks)) {
            String base = target.base().toString();
            for (int i = 0; i < pages; i++) {
                WebDriver browser = BrowserTest.openChromium(1280, 900);
                browsers.add(browser);
                BrowserTest.signIn(browser, base, target.email().apply(200 + i), target.password());
                BrowserTest.waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));
                browser.get(base + target.route());
                BrowserTest.waitFor(browser).until(d -> !d.findElements(
                        org.openqa.selenium.By.cssSelector("[data-notes-shown]")).isEmpty());
                ((JavascriptExecutor) browser).executeScript(OBSERVE);
            }
            log.printf("  browser check: %d pages open%n", pages);
            VaadinClient writerClient = new VaadinClient(http, target.base());
            target.openAs(writerClient, 250);
            writerClient.connectPush(message -> {});
            Writer writer = new Writer(writerClient, target);
            Thread.sleep(3000);
            String run = Integer.toHexString(ThreadLocalRandom.current().nextInt());
            Map<String, Long> sentAt = new HashMap<>();
            for (int i = 0; i < texts; i++) {
                String nonce = run + "b" + i;
                sentAt.put(nonce, System.currentTimeMillis());
                // A space after the nonce: in the page, the card's text runs straight into the author's name.
                writer.write("Browser note " + i + " " + Propagation.MARK + nonce + " .");
                Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 2001));
            }
            Thread.sleep(5000);
            writerClient.close();
            Object shown = ((JavascriptExecutor) browsers.getFirst()).executeScript(
                    "return document.querySelectorAll('.note-card').length + ' cards, '"
                            + " + Object.keys(window.__seen || {}).length + ' nonces seen';");
            log.println("  browser check, first page: " + shown);
            Histogram latency = new Histogram(120_000_000L, 3);
            long received = 0;
            for (WebDriver browser : browsers) {
                @SuppressWarnings("unchecked")
                Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) browser)
                        .executeScript("return window.__seen;");
                for (var entry : sentAt.entrySet()) {
                    Object at = seen.get(entry.getKey());
                    if (at instanceof Number number) {
                        received++;
                        latency.recordValue(Math.max(0, Math.round((number.doubleValue() - entry.getValue()) * 1000)));
                    }
                }
            }
            Result result = new Result(pages, texts, (long) pages * texts, received,
                    latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                    latency.getMaxValue() / 1000.0);
            log.printf(java.util.Locale.ROOT, "  browser check: reach %d/%d, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    result.received(), result.expected(), result.p50(), result.p95(), result.max());
            return result;
        } finally {
            browsers.forEach(WebDriver::quit);
            callbacks.shutdownNow();
        }
    }
}
