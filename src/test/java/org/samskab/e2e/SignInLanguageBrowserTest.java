package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.base.Language;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** Which language the sign-in page speaks, and what happens to a language picked there. The browser is en-GB. */
class SignInLanguageBrowserTest extends BrowserTest {

    @Autowired
    MemberService members;

    @Test
    void theSignInPageSpeaksTheLanguageThisBrowserLastUsed() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Hanne Øye", network.fredrikstad());
        members.updateProfile(members.findByEmail(email).orElseThrow().id(), "Hanne Øye", Language.NORWEGIAN_BOKMAL);

        WebDriver browser = newBrowser(1280, 900);
        signIn(browser, email, Fixtures.PASSWORD);
        waitForText(browser, "Dine nettverk");
        browser.findElement(By.cssSelector(".app-user-menu vaadin-menu-bar-button")).click();
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-menu-bar-item[contains(., 'Logg ut')]"))).click();
        waitFor(browser).until(ExpectedConditions.urlContains("/login"));

        // Signed out, in a new session: still Norwegian, not the browser's English.
        waitForText(browser, "Der læringsnettverk skaper sammen");
        assertThat(pageText(browser)).doesNotContain("Where learning networks co-create");
        screenshot(browser, "login-remembered-language");
    }

    @Test
    void aLanguagePickedOnTheSignInPageWinsIsSavedAndTheMemberIsToldSo() {
        var network = fixtures.network();
        String email = fixtures.member(network, NetworkRole.PARTICIPANT, "Emil Holm", network.sarpsborg());
        long memberId = members.findByEmail(email).orElseThrow().id();
        assertThat(members.profile(memberId).language()).isEqualTo(Language.ENGLISH);

        WebDriver browser = newBrowser(375, 812);
        browser.get(url("login"));
        waitForText(browser, "Where learning networks co-create");
        click(browser, By.cssSelector("vaadin-select.login-language"));
        click(browser, By.xpath("//vaadin-select-item[contains(., 'Dansk')]"));
        waitForText(browser, "Hvor læringsnetværk skaber sammen");
        signIn(browser, url(""), email, Fixtures.PASSWORD, false);

        waitForText(browser, "Dine netværk");
        waitFor(browser).until(d -> notifications(d).contains(
                "Samskab er nu på Dansk for dig. Du kan ændre det på din profil."));
        screenshot(browser, "login-language-saved-375");
        assertThat(members.profile(memberId).language()).isEqualTo(Language.DANISH);
    }

    private static String notifications(WebDriver browser) {
        Object text = ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll("
                + "'vaadin-notification-card')].map(card => card.innerText).join(' ')");
        return text == null ? "" : text.toString();
    }
}
