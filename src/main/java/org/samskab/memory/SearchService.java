package org.samskab.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.samskab.action.ActionSearch;
import org.samskab.action.ActionSearch.FoundActions;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.base.Translations;
import org.samskab.board.BoardViews.FoundNote;
import org.samskab.board.BoardViews.FoundTitle;
import org.samskab.board.BoardViews.SearchResults;
import org.samskab.board.NoteSearch;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringViews.GatheringList;
import org.samskab.gathering.GatheringViews.GatheringSummary;
import org.samskab.network.NetworkAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the network's memory (issue 16, docs/adr/0193, 0198): what the board engine's search finds for the
 * member, with the gathering each hit comes from and the address that opens its board at the note, and the
 * network's actions the member may see.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    /** How many notes a search shows: the best first, as a search engine's first page. */
    public static final int SHOWN = 30;

    private final NoteSearch search;
    private final ActionSearch actionSearch;
    private final NetworkAccess access;
    private final GatheringService gatherings;
    private final Translations translations;

    SearchService(NoteSearch search, ActionSearch actionSearch, GatheringService gatherings,
            Translations translations, NetworkAccess access) {
        this.search = search;
        this.access = access;
        this.actionSearch = actionSearch;
        this.gatherings = gatherings;
        this.translations = translations;
    }

    /** A hit: a note, or a board's or section's title, where it was written and where it opens. */
    public record Hit(@Nullable Long noteId, String text, @Nullable String author, String boardTitle,
            @Nullable String sectionTitle, @Nullable String gatheringTitle, @Nullable Instant gatheringDate,
            String href) {
    }

    /** An action found: what and whose, how it stands, where it was agreed and where it opens. */
    public record ActionHit(String text, String ownerName, String statusKey, @Nullable LocalDate dueOn,
            @Nullable String gatheringTitle, String href) {
    }

    /**
     * What a search found: the best notes, how many matched in all, matching board and section titles, and the
     * best actions with how many matched.
     */
    public record Found(String query, List<Hit> notes, long totalNotes, List<Hit> titles, List<ActionHit> actions,
            long totalActions) {

        public boolean isEmpty() {
            return notes.isEmpty() && titles.isEmpty() && actions.isEmpty();
        }
    }

    /**
     * Searches the network's boards the member may read, worded in {@code locale}. "Not found" for a network the
     * member is not in; an empty or too long query is refused with its message.
     */
    public Found search(long networkId, String query, Locale locale) {
        SearchResults results = search.search(networkId, query, SHOWN);
        GatheringList list = gatherings.list(networkId);
        Map<Long, GatheringSummary> byId = Stream.of(list.now(), list.upcoming(), list.past())
                .flatMap(List::stream).collect(Collectors.toMap(GatheringSummary::id, Function.identity()));
        List<Hit> notes = results.notes().stream().map(n -> note(n, byId, locale)).toList();
        List<Hit> titles = results.titles().stream().map(t -> title(t, byId)).toList();
        FoundActions actions = actionSearch.search(networkId, query, SHOWN);
        long me = access.currentMemberId();
        return new Found(query.strip(), notes, results.totalNotes(), titles,
                actions.actions().stream().map(a -> action(a, me)).toList(), actions.total());
    }

    /**
     * An action opens where it is told: the harvest of the gathering that agreed it (which sends a gathering that
     * has not closed to its own page), else the member's own actions page or the network's page.
     */
    private static ActionHit action(ActionView action, long me) {
        String href = action.gatheringId() != null ? "gatherings/" + action.gatheringId() + "/harvest#actions"
                : action.ownerId() == me ? "actions" : "networks/" + action.networkId();
        return new ActionHit(action.text(), action.ownerName(), action.status().translationKey(), action.dueOn(),
                action.gatheringTitle() == null || action.gatheringTitle().isEmpty() ? null : action.gatheringTitle(),
                href);
    }

    private Hit note(FoundNote note, Map<Long, GatheringSummary> gatheringsById, Locale locale) {
        GatheringSummary gathering = note.gatheringId() == null ? null : gatheringsById.get(note.gatheringId());
        String section = note.sectionTitle() != null ? note.sectionTitle()
                : note.sectionStageKey() == null ? null
                : translations.getTranslation("section." + note.sectionStageKey() + ".title", locale);
        return new Hit(note.noteId(), note.text(), note.authorName(), note.boardTitle(), section,
                gathering == null ? null : gathering.title(), gathering == null ? null : gathering.startsAt(),
                "boards/" + note.boardId() + "?note=" + note.noteId());
    }

    private Hit title(FoundTitle title, Map<Long, GatheringSummary> gatheringsById) {
        GatheringSummary gathering = title.gatheringId() == null ? null : gatheringsById.get(title.gatheringId());
        return new Hit(null, title.sectionTitle() != null ? title.sectionTitle() : title.boardTitle(), null,
                title.boardTitle(), title.sectionTitle(), gathering == null ? null : gathering.title(),
                gathering == null ? null : gathering.startsAt(), "boards/" + title.boardId());
    }
}
