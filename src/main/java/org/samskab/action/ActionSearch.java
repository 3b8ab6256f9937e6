package org.samskab.action;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.base.TextRules;
import org.samskab.board.NoteSearch;
import org.samskab.board.SearchFields;
import org.samskab.network.NetworkAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over a network's actions (issue 16, docs/adr/0198): what each will try and what happened, in
 * Danish, Norwegian and English. A member finds the actions of the network they are in whose gathering they may read
 * (the publish gate), as the network's list shows them; an anonymous note an action came from stays hidden as there.
 */
@Service
@Transactional(readOnly = true)
public class ActionSearch {

    /** What a search found: the best actions first, and how many matched in all. */
    public record FoundActions(List<ActionView> actions, long total) {
    }

    /** How many hits are read to count them: a network records dozens of actions a year, not thousands. */
    private static final int COUNTED = 1000;

    private final ActionService actions;
    private final NetworkAccess access;
    @PersistenceContext
    @SuppressWarnings("NullAway.Init") // injected by JPA after construction
    private EntityManager entityManager;

    ActionSearch(ActionService actions, NetworkAccess access) {
        this.actions = actions;
        this.access = access;
    }

    /**
     * The {@code limit} best actions for {@code query} in the network. "Not found" for a network the member is not
     * in; an empty or too long query is refused with its message.
     */
    public FoundActions search(long networkId, String query, int limit) {
        access.roleIn(networkId);
        String words = TextRules.requiredText(query, NoteSearch.QUERY_MAX, "field.search");
        List<ActionItem> found = Search.session(entityManager).search(ActionItem.class)
                .where(f -> f.bool().must(SearchFields.matching(f, words, ActionSearchMapping.FIELDS))
                        .filter(f.match().field("networkId").matching(networkId)))
                .fetchHits(COUNTED);
        Map<Long, Boolean> readable = new HashMap<>();
        // Checked on the rows: the index may lag a moment behind, and the publish gate is asked now. The total is
        // counted after that check, so that it says nothing of actions from gatherings the member may not read.
        List<ActionItem> hits = found.stream()
                .filter(a -> a.getNetworkId() == networkId && actions.mayRead(a, readable)).toList();
        return new FoundActions(actions.views(hits.subList(0, Math.min(limit, hits.size()))), hits.size());
    }
}
