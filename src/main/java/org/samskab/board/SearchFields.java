package org.samskab.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * How a feature puts its own text in the full-text index (docs/adr/0193, 0198): the same three analysers (Danish,
 * Norwegian and English stems) and the same query syntax as the board's notes, so that a search reads alike
 * everywhere. The board engine defines the analysers; a feature maps its entity with {@link #addMapping} and
 * {@link #analysed}, and queries with {@link #matching}.
 */
public final class SearchFields {

    private static final String CONFIGURER = "hibernate.search.mapping.configurer";
    private static final String[] LANGUAGES = {"da", "nb", "en"};
    private static final String[] ANALYSERS = {"danish", "norwegian", "english"};

    private SearchFields() {
    }

    /**
     * Adds a mapping configurer to Hibernate's properties beside the ones already there: Hibernate Search takes
     * several, and each feature maps its own entities.
     */
    public static void addMapping(Map<String, Object> properties, HibernateOrmSearchMappingConfigurer configurer) {
        List<Object> configurers = new ArrayList<>();
        Object existing = properties.get(CONFIGURER);
        if (existing instanceof Collection<?> many) {
            configurers.addAll(many);
        } else if (existing != null) {
            configurers.add(existing);
        }
        configurers.add(BeanReference.ofInstance(configurer));
        properties.put(CONFIGURER, configurers);
    }

    /** Maps a text property three times, as {@code name_da}, {@code name_nb} and {@code name_en}. */
    public static void analysed(PropertyMappingStep property, String name) {
        for (int i = 0; i < LANGUAGES.length; i++) {
            property.fullTextField(name + "_" + LANGUAGES[i]).analyzer(ANALYSERS[i]);
        }
    }

    /** The index fields {@link #analysed} made for each of {@code names}. */
    public static String[] fields(String... names) {
        List<String> fields = new ArrayList<>();
        for (String name : names) {
            for (String language : LANGUAGES) {
                fields.add(name + "_" + language);
            }
        }
        return fields.toArray(String[]::new);
    }

    /** Every word must be found (as its stem, in any of the three languages); quotes search a phrase. */
    public static PredicateFinalStep matching(SearchPredicateFactory f, String words, String... fields) {
        return f.simpleQueryString().fields(fields).matching(words).defaultOperator(BooleanOperator.AND);
    }

    /** The analysers {@link #analysed} uses, by name and Snowball's language. */
    static String[][] analysers() {
        return new String[][] {{ANALYSERS[0], "Danish"}, {ANALYSERS[1], "Norwegian"}, {ANALYSERS[2], "English"}};
    }
}
