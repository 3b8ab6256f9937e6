package org.samskab.memory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.samskab.base.Translations;
import org.samskab.board.BoardViews.FoundNote;
import org.samskab.board.BoardViews.FoundTitle;
import org.samskab.board.BoardViews.SearchResults;
import org.samskab.board.NoteSearch;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringViews.GatheringList;
import org.samskab.gathering.GatheringViews.GatheringSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the network's memory (issue 16, docs/adr/0193): what the board engine's search finds for the member,
 * with the gathering each hit comes from and the address that opens its board at the note.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    /** How many notes a search shows: the best first, as a search engine's first page. */
    public static final int SHOWN = 30;

    private final NoteSearch search;
    private final GatheringService gatherings;
    private final Translations translations;

    SearchService(NoteSearch search, GatheringService gatherings, Translations translations) {
        this.search = search;
        this.gatherings = gatherings;
        this.translations = translations;
    }

    /** A hit: a note, or a board's or section's title, where it was written and where it opens. */
    public record Hit(@Nullable Long noteId, String text, @Nullable String author, String boardTitle,
            @Nullable String sectionTitle, @Nullable String gatheringTitle, @Nullable Instant gatheringDate,
            String href) {
    }

    /** What a search found: the best notes, how many matched in all, and matching board and section titles. */
    public record Found(String query, List<Hit> notes, long totalNotes, List<Hit> titles) {
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
        return new Found(query.strip(), notes, results.totalNotes(), titles);
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
