package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.base.Language;
import org.samskab.base.Translations;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.gathering.GatheringForm;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every main screen in Danish and Norwegian (the languages with the longest labels) at phone, laptop and
 * projector width:
 * no visible button, tab or heading may stick out of the screen or its parent, have its text cut by its own box,
 * or be cut by a container that hides or scrolls its overflow. Screenshots in target/screenshots/{da,nb}-*.
 */
class LongestTranslationsBrowserTest extends BrowserTest {

    /** The visible buttons, tabs and headings that are cut or stick out, described; empty when all fit. */
    private static final String CLIPPED = """
            const width = document.documentElement.clientWidth;
            const clippers = el => {
              const found = [];
              for (let node = el.parentElement || el.getRootNode().host; node && node !== document.body;
                  node = node.assignedSlot || node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
                const style = getComputedStyle(node);
                if (style.overflowX !== 'visible') found.push(node);
              }
              return found;
            };
            const name = el => (el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' "'
                + (el.innerText || el.textContent || '').trim().slice(0, 40) + '"');
            const problems = [];
            for (const el of document.querySelectorAll('vaadin-button, button, vaadin-tab, h1, h2, h3, h4, a')) {
              if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
              const box = el.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || box.right <= 0) continue;
              if (box.right > width + 1) problems.push(name(el) + ' ends at ' + Math.round(box.right)
                  + ' px, past the screen (' + width + ' px)');
              const label = (el.shadowRoot && el.shadowRoot.querySelector('[part=label]')) || el;
              if (label.scrollWidth > label.clientWidth + 1) problems.push(name(el) + ' cuts its own text ('
                  + label.scrollWidth + ' px in ' + label.clientWidth + ' px)');
              for (const clipper of clippers(el)) {
                const outer = clipper.getBoundingClientRect();
                const hides = ['hidden', 'clip'].includes(getComputedStyle(clipper).overflowX);
                // A scrolling row may hold what lies wholly beyond its edge; half in, half out is cut.
                const straddles = (box.left < outer.right - 1 && box.right > outer.right + 1)
                    || (box.right > outer.left + 1 && box.left < outer.left - 1);
                if (hides ? box.right > outer.right + 1 || box.left < outer.left - 1 : straddles) {
                  problems.push(name(el) + ' is cut by ' + name(clipper));
                  break;
                }
              }
              const parent = el.parentElement;
              if (parent && getComputedStyle(parent).overflowX === 'visible') {
                const outer = parent.getBoundingClientRect();
                if (box.right > outer.right + 1) problems.push(name(el) + ' sticks out of ' + name(parent));
              }
            }
            return problems;""";

    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    MemberService members;
    @Autowired
    Translations translations;

    /** The three sizes every screen is checked at; each screen loads at the first (the phone's). */
    private static final List<Size> SIZES = List.of(new Size("phone", 375, 812), new Size("laptop", 1440, 900),
            new Size("projector", 1920, 1080));

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = {"NORWEGIAN_BOKMAL", "DANISH"})
    void noButtonTabOrHeadingIsCut(Language language) {
        Function<String, String> t = key -> translations.translate(language, key);
        String shot = language.locale().getLanguage();
        var network = fixtures.network();
        String coordinator = network.coordinator();
        var profile = members.findByEmail(coordinator).orElseThrow();
        members.updateProfile(profile.id(), "Kari Nordmann", language);
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", network.fredrikstad());

        Instant start = Instant.now().plus(Duration.ofDays(14));
        long gathering = fixtures.as(coordinator, () -> gatherings.plan(network.id(), new GatheringForm(
                "Pilotsamling 1", GatheringKind.PILOT_GATHERING, start, start.plus(Duration.ofHours(6)),
                "Fredrikstad bibliotek, Storsalen", "https://meet.example.org/hr-ostfold/pilot-1",
                "Vi prøver ut de første ideene og velger hva vi tar med hjem.", Set.of())).id());
        long ideas = fixtures.as(coordinator, () -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD,
                "Hva skal nettverket vårt gi oss?", "Skriv én idé per lapp.", true,
                List.of("Innhold", "Arbeidsformer", "Organisering")).id());
        var sections = fixtures.as(coordinator, () -> boardReader.open(ideas)).sections();
        fixtures.as(mette, () -> noteService.addNote(ideas, sections.get(1).id(), "Læringskafeer mellom samlingene",
                NoteColour.GREEN, false));
        long wall = fixtures.as(coordinator, () -> gatherings.addBoard(gathering, BoardKind.REFLECTION_WALL,
                "Tilbakeblikk på piloten", null, false, true, List.of()).id());
        long canvas = fixtures.as(coordinator, () -> gatherings.addBoard(gathering, BoardKind.THEORY_U_CANVAS,
                "Nettverket vårt på U-en", null, false, List.of()).id());
        long clinic = fixtures.as(coordinator, () -> gatherings.addBoard(gathering, BoardKind.CASE_CLINIC,
                "Caseklinikk: å beholde nyansatte", null, false, List.of()).id());

        // One browser goes through every screen, each at the three sizes in turn: a new browser per size cost a
        // minute of CI for the same checks.
        WebDriver browser = newBrowser(SIZES.getFirst().width(), SIZES.getFirst().height());
        List<String> problems = new ArrayList<>();

        browser.get(url("login"));
        chooseLanguage(browser, language, t.apply("login.tagline"));
        checkAtEverySize(browser, shot, "login", problems);

        resize(browser, SIZES.getFirst()); // the page signing in leads to loads at a phone's width too
        signIn(browser, coordinator, Fixtures.PASSWORD);
        waitForText(browser, network.name());
        checkAtEverySize(browser, shot, "networks", problems);

        open(browser, "networks/" + network.id(), "Pilotsamling 1");
        checkAtEverySize(browser, shot, "network-gatherings", problems);
        for (String tab : List.of(t.apply("network.tab.members"), t.apply("network.tab.organisations"),
                t.apply("network.tab.invitations"))) {
            resize(browser, SIZES.getFirst());
            click(browser, By.xpath("//vaadin-tab[contains(., '" + tab + "')]"));
            waitFor(browser).until(ExpectedConditions.attributeContains(
                    By.xpath("//vaadin-tab[contains(., '" + tab + "')]"), "aria-selected", "true"));
            checkAtEverySize(browser, shot, "network-" + tab.toLowerCase(), problems);
        }

        open(browser, "gatherings/" + gathering, "Hva skal nettverket vårt gi oss?");
        checkAtEverySize(browser, shot, "gathering", problems);

        for (var board : List.of(new Screen("board", ideas, "Læringskafeer mellom samlingene"),
                new Screen("wall", wall, "Tilbakeblikk på piloten"),
                new Screen("canvas", canvas, "Nettverket vårt på U-en"),
                new Screen("case-clinic", clinic, "Caseklinikk: å beholde nyansatte"))) {
            open(browser, "boards/" + board.id(), board.text());
            checkAtEverySize(browser, shot, board.name(), problems);
        }

        open(browser, "profile", t.apply("profile.title"));
        checkAtEverySize(browser, shot, "profile", problems);

        assertThat(problems).as("cut or overflowing in " + language).isEmpty();
    }

    private record Size(String name, int width, int height) {
    }

    /** Opens the page at the first size, so each screen is drawn fresh at a phone's width. */
    private void open(WebDriver browser, String path, String text) {
        resize(browser, SIZES.getFirst());
        browser.get(url(path));
        waitForText(browser, text);
    }

    /** Sets the window's size and waits until the page has laid itself out at it (two frames after). */
    private static void resize(WebDriver browser, Size size) {
        browser.manage().window().setSize(new Dimension(size.width(), size.height()));
        waitFor(browser).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() =>
                    done(window.innerWidth === arguments[0])));""", size.width())));
    }

    private static void checkAtEverySize(WebDriver browser, String shot, String screen, List<String> problems) {
        for (Size size : SIZES) {
            resize(browser, size);
            check(browser, shot + "-" + size.name(), screen + " at " + size.width() + " px", screen, problems);
        }
    }

    private record Screen(String name, long id, String text) {
    }

    @SuppressWarnings("unchecked")
    private static void check(WebDriver browser, String shot, String where, String screen, List<String> problems) {
        // Measured once the fonts are in: a fallback font would measure differently.
        waitFor(browser).until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.fonts.status === 'loaded'"));
        screenshot(browser, shot + "-" + screen);
        List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(CLIPPED);
        found.forEach(problem -> problems.add(where + ": " + problem));
    }

    /**
     * Picks the sign-in page's language. Under load (the whole suite on two cores) a click on the list's item can
     * land while the list is still opening and be lost; the choice is then made again, up to three times.
     */
    private static void chooseLanguage(WebDriver browser, Language language, String tagline) {
        By item = By.xpath("//vaadin-select-item[contains(., '" + language.nativeName() + "')]");
        for (int attempt = 1;; attempt++) {
            if (browser.findElements(item).stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed)) {
                click(browser, By.cssSelector("vaadin-select.login-language")); // the list is closed: open it
            }
            click(browser, item);
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> pageText(d).contains(tagline));
                return;
            } catch (org.openqa.selenium.TimeoutException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }
}
