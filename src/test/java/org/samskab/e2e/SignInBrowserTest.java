package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.network.NetworkRole;

class SignInBrowserTest extends BrowserTest {

    @Test
    void aMemberSignsInAndSeesTheirNetworkPage() throws Exception {
        var network = fixtures.network();
        fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", network.fredrikstad());
        String participant = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke 🌱", network.sarpsborg());

        WebDriver browser = newBrowser(1280, 900);
        browser.get(url(""));
        // Not signed in: sent to sign in first.
        waitFor(browser).until(ExpectedConditions.urlContains("/login"));
        screenshot(browser, "login");

        signIn(browser, participant, Fixtures.PASSWORD);
        waitForText(browser, network.name());
        screenshot(browser, "network-overview");

        browser.findElement(By.linkText(network.name())).click();
        // The gatherings come first; the members have a tab of their own.
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-tab[contains(., 'Members')]"))).click();
        waitForText(browser, "Fredrikstad kommune (1)");
        String page = pageText(browser);
        assertThat(page).contains("Sarpsborg kommune (2)").contains("Ingrid Bakke 🌱").contains("Mette Sørensen")
                .contains("Your role: Participant");
        assertThat(Files.size(screenshot(browser, "network-page"))).isGreaterThan(10_000);
    }
}
