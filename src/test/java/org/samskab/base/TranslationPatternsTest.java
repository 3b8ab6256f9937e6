package org.samskab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The provider's cached patterns format exactly as a pattern parsed afresh, in every language and from many threads. */
class TranslationPatternsTest {

    private final Translations translations = new Translations();

    @Test
    void choicePatternsFormatAsAFreshlyParsedPatternDoes() {
        for (Language language : Language.values()) {
            String pattern = translations.getTranslation("board.present", language.locale());
            for (int count : new int[] {0, 1, 2, 500, 1234}) {
                assertThat(translations.getTranslation("board.present", language.locale(), count))
                        .isEqualTo(new MessageFormat(pattern, language.locale()).format(new Object[] {count}));
            }
        }
        assertThat(translations.translate(Language.DANISH, "board.present", 1)).isEqualTo("1 her");
        assertThat(translations.translate(Language.ENGLISH, "board.present", 1234)).isEqualTo("1,234 here");
    }

    @Test
    void aPatternWithoutArgumentsIsReturnedAsWritten() {
        assertThat(translations.getTranslation("board.present", Locale.ENGLISH)).startsWith("{0,choice,");
    }

    @Test
    void oneCachedPatternServesManyThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                checks.add(threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int count = 2 + (i * 8 + offset) % 997;
                        String names = "N" + count;
                        String text = translations.getTranslation("board.present-names", Locale.ENGLISH, count,
                                names);
                        if (!text.equals(count + " people have this board open: " + names)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
