package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.board.BoardKind;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.TemplateService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/** The "From template" dialog in Chromium at phone and projector size; screenshots in target/screenshots/. */
class TemplateBrowserTest extends BrowserTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    TemplateService templates;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"phone, 375, 812", "projector, 1920, 1080"})
    void theTemplateDialogListsTemplatesAndAddsTheirBoards(String size, int width, int height) {
        TestNetwork network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", network.fredrikstad());
        long insight = fixtures.gathering(network, "Insight gathering", Instant.now().minus(Duration.ofDays(20)),
                Duration.ofHours(5));
        fixtures.as(mette, () -> {
            gatherings.addBoard(insight, BoardKind.IDEA_BOARD, "What should our network give us?", null, true,
                    List.of("Content", "Ways of working", "Organisation"));
            gatherings.addBoard(insight, BoardKind.REFLECTION_WALL, "Looking back on the day", null, false, true,
                    List.of());
            templates.saveAgenda(insight, "Our insight gathering", "Ideas for the network and an anonymous wall.");
        });
        long pilot = fixtures.gathering(network, "Pilot gathering 1", Instant.now().plus(Duration.ofDays(14)),
                Duration.ofHours(6));

        WebDriver browser = newBrowser(width, height);
        signIn(browser, mette, Fixtures.PASSWORD);
        browser.get(url("gatherings/" + pilot));
        waitForText(browser, "From template");
        screenshot(browser, size + "-gathering-template-buttons");
        click(browser, By.cssSelector("vaadin-button.from-template"));
        waitForText(browser, "Our insight gathering");
        assertThat(pageText(browser)).contains("Add boards from a template", "Insight gathering", "Learning café",
                "Action-learning follow-up", "Theory U canvas", "Saved by the network");
        screenshot(browser, size + "-template-dialog");
        Number widest = (Number) ((JavascriptExecutor) browser).executeScript("""
                return Math.max(...[...document.querySelectorAll('.template-item')]
                    .map(e => e.getBoundingClientRect().right));""");
        assertThat(widest.intValue()).as("template cards inside the screen").isLessThanOrEqualTo(width);
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('.template-item')[5].scrollIntoView({block: 'center'})");
        screenshot(browser, size + "-template-dialog-saved");

        Object found = ((JavascriptExecutor) browser).executeScript("""
                const b = [...document.querySelectorAll('vaadin-button.apply-template')]
                    .find(e => e.getAttribute('aria-label').includes('Insight gathering'));
                if (b) { b.focus(); b.click(); }
                return b ? b.getAttribute('aria-label') : null;""");
        assertThat(found).isEqualTo("Add the boards of Insight gathering to the agenda");
        waitForText(browser, "3 boards added from Insight gathering");
        waitForText(browser, "Our network on the U");
        screenshot(browser, size + "-agenda-from-template");
        assertThat(fixtures.as(mette, () -> gatherings.agenda(pilot))).hasSize(3);
    }
}
