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

    /**
     * Five wrong passwords pause signing in to the account, even with the right one, and the form says so (ADR
     * 0201); a sign-in changes the session id, so an id known before it is worth nothing after.
     */
    @Test
    void wrongPasswordsPauseSigningInAndSigningInChangesTheSessionId() throws Exception {
        var network = fixtures.network();
        String paused = fixtures.member(network, NetworkRole.PARTICIPANT, "Pål Pause", network.sarpsborg());
        String other = fixtures.member(network, NetworkRole.PARTICIPANT, "Olga Other", network.fredrikstad());
        WebDriver browser = newBrowser(390, 844);
        for (int i = 0; i < 5; i++) {
            typeSignIn(browser, paused, "wrong-password-" + i);
            assertThat(loginFormText(browser)).contains("Wrong e-mail address or password");
        }
        typeSignIn(browser, paused, Fixtures.PASSWORD);
        assertThat(loginFormText(browser)).contains("Too many attempts")
                .contains("Try again in at most 15 minutes").doesNotContain("Wrong e-mail address");
        screenshot(browser, "login-throttled-phone");
        org.samskab.Axe.assertAccessible(browser, "sign-in paused");

        // Another account signs in from the same browser, and gets a new session id with it.
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
        signIn(browser, url(""), other, Fixtures.PASSWORD, false);
        waitForText(browser, network.name());
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
    }

    /**
     * A new password ends the member's other sessions (ADR 0203): the phone that was signed in finds itself at the
     * sign-in page on its next load, its remembered sign-in forgotten; the laptop that changed it stays signed in.
     */
    @Test
    void changingThePasswordSignsTheMemberOutEverywhereElse() throws Exception {
        var network = fixtures.network();
        String member = fixtures.member(network, NetworkRole.PARTICIPANT, "Siv Sessions", network.sarpsborg());
        WebDriver laptop = newBrowser(1280, 900);
        WebDriver phone = newBrowser(390, 844);
        signIn(laptop, member, Fixtures.PASSWORD);
        waitForText(laptop, network.name());
        signIn(phone, member, Fixtures.PASSWORD);
        waitForText(phone, network.name());
        assertThat(phone.manage().getCookieNamed("remember-me")).isNotNull();

        laptop.get(url("profile"));
        waitForText(laptop, "Your profile");
        var passwords = laptop.findElements(By.cssSelector("vaadin-password-field input"));
        passwords.get(0).sendKeys(Fixtures.PASSWORD);
        passwords.get(1).sendKeys("a-new-password-2026");
        passwords.get(2).sendKeys("a-new-password-2026");
        click(laptop, By.xpath("//vaadin-button[contains(., 'Change password')]"));
        waitForText(laptop, "Your password is changed.");

        // The phone, reloaded (with its session id and its remembered sign-in cookie): signed out.
        phone.navigate().refresh();
        waitFor(phone).until(ExpectedConditions.urlContains("/login"));
        // The laptop goes on, and so does its own remembered sign-in.
        laptop.get(url(""));
        waitForText(laptop, network.name());
        laptop.manage().deleteCookieNamed("JSESSIONID");
        laptop.get(url(""));
        waitForText(laptop, network.name());
    }

    /** Opens the sign-in page, signs in with these, and waits for the page the form's answer leads to. */
    private void typeSignIn(WebDriver browser, String email, String password) {
        browser.get(url("login"));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(email);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitFor(browser).until(d -> d.getCurrentUrl().contains("error")
                && Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "const f = document.querySelector('vaadin-login-form'); return !!f && f.error === true;")));
    }

    /** The sign-in form's text, through its shadow roots (the error is drawn there). */
    private static String loginFormText(WebDriver browser) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const text = n => (n.shadowRoot ? text(n.shadowRoot) : '') + ' '"
                        + " + [...n.childNodes].map(c => c.nodeType === 3 ? c.textContent : text(c)).join(' ');"
                        + " return text(document.querySelector('vaadin-login-form'));");
    }
}
