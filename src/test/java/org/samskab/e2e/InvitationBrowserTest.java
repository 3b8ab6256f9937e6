package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.base.Language;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From an invitation link to the network page, in a real browser, in Norwegian (after Danish was picked on the
 * sign-in page); then out and in again.
 */
class InvitationBrowserTest extends BrowserTest {

    @Autowired
    InvitationService invitations;

    @Test
    void anInvitedPersonCreatesAnAccountLandsInTheNetworkAndCanSignOutAndIn() {
        var network = fixtures.network();
        String email = Fixtures.unique("hanne") + "@test.example";
        String link = fixtures.as(network.coordinator(), () -> invitations.invite(network.id(), email,
                NetworkRole.PARTICIPANT, network.fredrikstad(), Language.ENGLISH).link());

        WebDriver browser = newBrowser(1280, 900);
        // Danish picked on the sign-in page first: the invitation page follows it, and the language then chosen
        // in the invitation's form is the one that counts.
        browser.get(url("login"));
        click(browser, By.cssSelector("vaadin-select.login-language"));
        click(browser, By.xpath("//vaadin-select-item[contains(., 'Dansk')]"));
        waitForText(browser, "Hvor læringsnetværk skaber sammen");
        browser.get(url(link.substring(link.indexOf("invitation/"))));
        waitForText(browser, "Opret konto og bliv medlem");

        type(browser, "accept-name", "Hanne Øye");
        chooseLanguage(browser, "Norsk bokmål");
        type(browser, "accept-password", "et-langt-passord");
        type(browser, "accept-repeat-password", "et-langt-passord");
        browser.findElement(By.id("accept-submit")).click();

        // Signed in, in the network, and the page speaks the chosen language.
        waitForText(browser, "Din rolle: Deltaker");
        assertThat(browser.getCurrentUrl()).endsWith("/networks/" + network.id());
        // Remembered, as a sign-in with the form is: a server restart does not throw the newcomer out.
        assertThat(browser.manage().getCookieNamed("remember-me")).isNotNull();
        assertThat(pageText(browser)).contains("Ingen samlinger ennå.");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Medlemmer')]")).click();
        waitForText(browser, "Fredrikstad kommune (1)");
        assertThat(pageText(browser)).contains("Hanne Øye").contains("Fredrikstad kommune (1)");
        screenshot(browser, "accepted-invitation-nb");

        // Sign out from the account menu, then sign in again with the new password.
        browser.findElement(By.cssSelector(".app-user-menu vaadin-menu-bar-button")).click();
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-menu-bar-item[contains(., 'Logg ut')]"))).click();
        waitFor(browser).until(ExpectedConditions.urlContains("/login"));

        signIn(browser, email, "et-langt-passord");
        waitForText(browser, network.name());
        assertThat(pageText(browser)).contains("Dine nettverk");
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.findElement(By.cssSelector("input")).sendKeys(text);
    }

    private static void chooseLanguage(WebDriver browser, String language) {
        browser.findElement(By.id("accept-language")).click();
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[contains(., '" + language + "')]"))).click();
    }
}
