package org.samskab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from the test classpath, never downloaded) on the page a browser shows and fails on critical and
 * serious violations, and on the two moderate rules the portal keeps at zero as well: content outside landmarks
 * ({@code region}) and skipped heading levels ({@code heading-order}).
 */
public final class Axe {

    private static final String SCRIPT = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
                .filter(v => v.impact === 'critical' || v.impact === 'serious'
                    || v.id === 'region' || v.id === 'heading-order')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + '\\n' + v.nodes.slice(0, 5)
                    .map(n => '    ' + JSON.stringify(n.target) + ' ' + (n.failureSummary || '')
                        .replaceAll('\\n', ' ')).join('\\n'))))
                .catch(e => done(['axe failed: ' + e]));
            """;

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations on the page as it is now, one readable entry per rule (at most five elements each). */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        return (List<String>) js.executeAsyncScript(RUN);
    }

    private static final String RUN_ENHANCED_CONTRAST = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast-enhanced']},
                    resultTypes: ['violations']})
                .then(result => done(result.violations.map(v => v.id + ': ' + v.help + '\\n' + v.nodes.slice(0, 5)
                    .map(n => '    ' + JSON.stringify(n.target) + ' ' + (n.failureSummary || '')
                        .replaceAll('\\n', ' ')).join('\\n'))))
                .catch(e => done(['axe failed: ' + e]));
            """;

    /** Text below WCAG's enhanced contrast (7:1, AAA), which the room's screen keeps: read from the back of a room. */
    @SuppressWarnings("unchecked")
    public static List<String> enhancedContrastViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        return (List<String>) js.executeAsyncScript(RUN_ENHANCED_CONTRAST);
    }

    /** Fails, listing them, when the page has violations (see the class comment for which). */
    public static void assertAccessible(WebDriver driver, String screen) {
        List<String> found = violations(driver);
        assertThat(found).as("axe-core on " + screen + ":\n" + String.join("\n", found)).isEmpty();
    }
}
