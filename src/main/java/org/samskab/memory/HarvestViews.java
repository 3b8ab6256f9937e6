package org.samskab.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.board.BoardKind;
import org.samskab.gathering.GatheringKind;

/** The harvest as views and exports show it: plain values, worded in the member's language. */
public final class HarvestViews {

    private HarvestViews() {
    }

    /**
     * A closed gathering as it ended: what it was, who took part (counts only), each board's content the member may
     * read, kept for the network, and the actions agreed there.
     */
    public record Harvest(long gatheringId, long networkId, String networkName, String title, GatheringKind kind,
            Instant startsAt, Instant endsAt, @Nullable String place, @Nullable String purpose,
            List<String> facilitators, @Nullable Instant publishedAt, TookPart tookPart, List<HarvestBoard> boards,
            List<ActionView> actions) {
    }

    /**
     * How many took part, by organisation (in the network's order), without one, and as guests. Counts only: a
     * harvest never lists who was there (docs/adr/0183).
     */
    public record TookPart(int total, Map<String, Integer> byOrganisation, int withoutOrganisation, int guests) {
    }

    /** A board as it ended; {@code votesShown} when its notes carry vote totals. */
    public record HarvestBoard(long id, String title, @Nullable String instructions, BoardKind kind,
            boolean postsAnonymous, boolean votesShown, List<HarvestSection> sections) {

        public int noteCount() {
            return sections.stream().mapToInt(s -> s.notes().size()).sum();
        }
    }

    /** A section, cluster, prompt, stage or step, with its notes in the order the harvest reads them. */
    public record HarvestSection(long id, String title, @Nullable String guidance, List<HarvestNote> notes) {
    }

    /**
     * A note kept for the network. {@code author} is null for anonymous posts; {@code opening} is a coach's mirror
     * ("I see …"), {@code role} the author's part in a case clinic, {@code leadsTo} the texts of later notes it
     * links to on a Theory U canvas.
     */
    public record HarvestNote(long id, String text, @Nullable String author, @Nullable Integer votes, int resonates,
            @Nullable String opening, @Nullable String role, List<String> leadsTo) {
    }
}
