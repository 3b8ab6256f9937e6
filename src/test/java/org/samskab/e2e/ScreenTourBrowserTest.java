package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.base.Language;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks every screen at phone and projector size, checks each shows what it should, and leaves screenshots in
 * target/screenshots/ for a person to look at.
 */
class ScreenTourBrowserTest extends BrowserTest {

    @Autowired
    InvitationService invitations;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"phone, 375, 812", "projector, 1920, 1080"})
    void everyScreenRendersAtThisSize(String size, int width, int height) {
        var network = fixtures.network();
        fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", network.fredrikstad());
        fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        String link = fixtures.as(network.coordinator(), () -> invitations.invite(network.id(),
                Fixtures.unique("jonas") + "@test.example", NetworkRole.PARTICIPANT, network.fredrikstad(),
                Language.ENGLISH).link());

        WebDriver browser = newBrowser(width, height);
        browser.get(url(link.substring(link.indexOf("invitation/"))));
        waitForText(browser, "Create account and join");
        screenshot(browser, size + "-accept-invitation");

        browser.get(url("login"));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        waitForText(browser, "Sign in");
        screenshot(browser, size + "-login");

        signIn(browser, network.coordinator(), Fixtures.PASSWORD);
        waitForText(browser, network.name());
        screenshot(browser, size + "-networks");

        browser.get(url("networks/" + network.id()));
        waitForText(browser, "Fredrikstad kommune (1)");
        screenshot(browser, size + "-network-members");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Organisations')]")).click();
        waitForText(browser, "Add organisation");
        screenshot(browser, size + "-network-organisations");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Invitations')]")).click();
        waitForText(browser, "Open invitations");
        assertThat(pageText(browser)).contains("@test.example");
        screenshot(browser, size + "-network-invitations");

        browser.get(url("profile"));
        waitForText(browser, "Your profile");
        screenshot(browser, size + "-profile");
    }
}
