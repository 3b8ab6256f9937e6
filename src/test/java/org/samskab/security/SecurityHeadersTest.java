package org.samskab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.samskab.BrowserTest;

/**
 * The headers every answer carries (docs/adr/0202), read over HTTP from the running portal. That Vaadin works
 * under the policy is what every browser test shows: they all run with it.
 */
class SecurityHeadersTest extends BrowserTest {

    @Test
    void everyPageSaysWhatItMayLoadWhoMayFrameItAndWhatItIs() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String path : new String[] {"login", "j", "scripts/board.nocache.js", "no-such-page"}) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                        HttpResponse.BodyHandlers.ofString());
                var headers = answer.headers();
                assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                        .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
                assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                        .contains("frame-ancestors 'none'")
                        .contains("object-src 'none'");
                assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
                assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
                // Plain HTTP here: HSTS would pin a browser to HTTPS that this server does not speak.
                assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
            }
            // Behind a TLS-terminating proxy (which says so in X-Forwarded-Proto): HSTS.
            HttpResponse<String> behindProxy = client.send(HttpRequest.newBuilder(URI.create(url("login")))
                    .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(behindProxy.headers().firstValue("Strict-Transport-Security")).get().asString()
                    .contains("max-age=");
        }
    }
}
