package org.samskab.action;

import java.util.Map;
import org.samskab.board.SearchFields;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts actions in the full-text index beside the boards' notes (docs/adr/0198): what will be tried and what
 * happened, with the board engine's three analysers, and the network to search within. Who may see which action is
 * decided at query time ({@link ActionSearch}).
 */
@Component
class ActionSearchMapping implements HibernatePropertiesCustomizer {

    static final String[] FIELDS = SearchFields.fields("text", "outcome");

    @Override
    public void customize(Map<String, Object> properties) {
        SearchFields.addMapping(properties, context -> {
            var action = context.programmaticMapping().type(ActionItem.class);
            action.indexed().index("action");
            SearchFields.analysed(action.property("text"), "text");
            SearchFields.analysed(action.property("outcome"), "outcome");
            action.property("networkId").genericField();
        });
    }
}
