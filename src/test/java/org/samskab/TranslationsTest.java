package org.samskab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key in every language, the same placeholders, and every key the code uses exists. */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate|showSuccess|InvalidInputException|TranslatedArgument|rerouteToError)\\([^\"]*\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"da", "nb"})
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String language) throws IOException {
        Properties english = load("");
        Properties translated = load("_" + language);
        assertThat(translated.stringPropertyNames()).as("keys in %s", language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_da", "_nb"})
    void noKeyIsDefinedTwice(String suffix) throws IOException {
        // java.util.Properties silently keeps the last of two definitions; a merge can leave both behind.
        List<String> keys = Files.readAllLines(Path.of("src/main/resources/vaadin-i18n/translations" + suffix
                + ".properties")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Properties english = load("");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(50);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(TranslationsTest.class
                .getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
