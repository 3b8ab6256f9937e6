package org.samskab.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Component;
import org.samskab.KaribuTest;

/**
 * A board screen's tests: the cards are not components (their lists have the browser draw them from markup), so
 * the text a member sees is the components' text and the cards' markup, read as the browser would.
 */
abstract class BoardUiTest extends KaribuTest {

    /** The text a member sees in this part of the screen, cards included. */
    protected static String shownText(Component component) {
        StringBuilder text = new StringBuilder(KaribuTest.shownText(component));
        java.util.List<NoteList> lists = component instanceof NoteList list ? java.util.List.of(list)
                : _find(component, NoteList.class);
        lists.forEach(list -> list.cards().forEach(card -> text.append(' ').append(shownText(card))));
        return text.toString();
    }

    /** A card's text, as the browser shows its markup. */
    protected static String shownText(NoteCard card) {
        return org.jsoup.Jsoup.parseBodyFragment(card.markup()).text();
    }

    /**
     * The scripts this screen has queued for the browser since the last call (and takes them off the queue): what
     * the browser would run, for what Karibu cannot show, such as a list's cards being drawn or focus moving.
     */
    protected static java.util.List<String> sentScripts() {
        var internals = com.vaadin.flow.component.UI.getCurrent().getInternals();
        // Vaadin queues a script just before the answer is written.
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .map(sent -> sent.getInvocation().getExpression() + " " + sent.getInvocation().getParameters())
                .toList();
    }

    /**
     * Waits for a live change as {@code awaitLive} does, but without Karibu's round trip, which takes the scripts
     * Vaadin queued (its look-ups run one too: ask only what needs none, such as a list's cards).
     */
    protected static void awaitLiveKeepingScripts(java.util.function.BooleanSupplier shown) {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (!shown.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the live change did not reach the screen within 5 s");
            }
            session.getService().runPendingAccessTasks(session);
            Thread.onSpinWait();
        }
    }
}
