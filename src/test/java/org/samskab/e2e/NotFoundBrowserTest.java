package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.network.NetworkRole;

/**
 * A mistyped address shows the portal's own not-found page, with a title and HTTP 404, not a bare error, for an
 * unknown path and for a known route with segments it does not take.
 */
class NotFoundBrowserTest extends BrowserTest {

    @Test
    void aSignedInMemberWhoMistypesAnAddressSeesTheNotFoundPage() {
        var network = fixtures.network();
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        WebDriver browser = newBrowser(1280, 900);
        signIn(browser, participant, Fixtures.PASSWORD);
        waitForText(browser, network.name());

        for (String path : new String[] {"no/such/page", "boards/1/extra", "networks/" + network.id() + "/x/y"}) {
            browser.get(url(path));
            waitForText(browser, "Page not found");
            assertThat(pageText(browser)).as(path).contains("This page does not exist")
                    .contains("Back to your networks");
            assertThat(browser.getTitle()).as(path).isEqualTo("Page not found · Samskab");
            assertThat(status(browser, path)).as(path).isEqualTo(404);
        }
        screenshot(browser, "not-found-signed-in");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsAskedToSignInFirst() {
        WebDriver browser = newBrowser(1280, 900);
        // Signed out, the portal tells nobody which addresses exist: every page but sign-in asks to sign in.
        browser.get(url("no/such/page"));
        waitFor(browser).until(ExpectedConditions.urlContains("/login"));
        waitForText(browser, "Sign in");
    }

    /** The HTTP status the server answers the address with, fetched with this browser's session. */
    private static long status(WebDriver browser, String path) {
        return (Long) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/' + arguments[0], {redirect: 'manual'}).then(r => done(r.status));",
                path);
    }
}
