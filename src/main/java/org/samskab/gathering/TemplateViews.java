package org.samskab.gathering;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardKind;

/** What the template service hands out: plain values in the asking member's language. */
public final class TemplateViews {

    private TemplateViews() {
    }

    /**
     * An agenda template: a built-in one ({@code builtIn} set, {@code id} null) or one the network saved ({@code id}
     * set). Its boards are listed by kind and title, so a facilitator sees what applying it adds.
     */
    public record TemplateSummary(@Nullable Long id, @Nullable BuiltInTemplate builtIn, String name,
            @Nullable String description,
            List<TemplateBoard> boards) {
    }

    public record TemplateBoard(BoardKind kind, String title) {
    }
}
