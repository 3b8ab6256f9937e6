package org.samskab.board;

import java.util.Map;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the full-text index holds (docs/adr/0193), mapped here rather than on the entities so that they stay plain
 * JPA: a note's text, a board's title and a section's title, each analysed three times (Danish, Norwegian and
 * English stems, so "samarbejde" finds "samarbejdet"), the board a note or section is on, and the flags that keep a
 * note out of search (deleted, hidden, private, for the room only). Never an author. Who may read which board is
 * decided at query time ({@link NoteSearch}), so the publish gate needs no reindexing.
 */
@Component
class SearchIndexMapping implements HibernatePropertiesCustomizer {

    static final String[] TEXT_FIELDS = SearchFields.fields("text");

    @Override
    public void customize(Map<String, Object> properties) {
        SearchFields.addMapping(properties, context -> map(context.programmaticMapping()));
        properties.put("hibernate.search.backend.analysis.configurer",
                BeanReference.ofInstance((LuceneAnalysisConfigurer) context -> {
                    for (String[] language : SearchFields.analysers()) {
                        // Lower case, then Snowball's stemmer for the language; no accent folding: æ, ø, å are
                        // letters of their own in Danish and Norwegian.
                        context.analyzer(language[0]).custom().tokenizer("standard").tokenFilter("lowercase")
                                .tokenFilter("snowballPorter").param("language", language[1]);
                    }
                }));
    }

    private static void map(ProgrammaticMappingConfigurationContext mapping) {
        var note = mapping.type(Note.class);
        note.indexed().index("note");
        texts(note.property("text"));
        note.property("boardId").genericField();
        note.property("deletedAt").genericField();
        note.property("hiddenAt").genericField();
        note.property("privatePost").genericField();
        note.property("roomOnly").genericField();

        var board = mapping.type(Board.class);
        board.indexed().index("board");
        texts(board.property("title"));

        var section = mapping.type(BoardSection.class);
        section.indexed().index("section");
        texts(section.property("title"));
        section.property("boardId").genericField();
        section.property("removedAt").genericField();
    }

    private static void texts(PropertyMappingStep property) {
        SearchFields.analysed(property, "text");
    }
}
