package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.SectionState;

/**
 * A section's title and guidance as this screen shows them: what a facilitator wrote, or for a built-in stage or
 * step its default in the member's own language (a network mixes Danish and Norwegian members).
 */
final class SectionTexts {

    private SectionTexts() {
    }

    static String title(Component screen, SectionState section) {
        if (section.title() != null) {
            return section.title();
        }
        return section.stageKey() == null ? "" : screen.getTranslation("section." + section.stageKey() + ".title");
    }

    /** The guidance to show, or null when the section has none. */
    static @Nullable String guidance(Component screen, SectionState section) {
        if (section.guidance() != null) {
            return section.guidance();
        }
        return section.stageKey() == null ? null
                : screen.getTranslation("section." + section.stageKey() + ".guidance");
    }

    /** The built-in default guidance, for a placeholder while editing; null for sections members made. */
    static @Nullable String defaultGuidance(Component screen, SectionState section) {
        return section.stageKey() == null ? null
                : screen.getTranslation("section." + section.stageKey() + ".guidance");
    }
}
