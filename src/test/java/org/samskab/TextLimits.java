package org.samskab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.samskab.ui.TextLimit;

/** Karibu checks that the text fields a member types into show their limit (a {@link TextLimit}). */
public final class TextLimits {

    private TextLimits() {
    }

    /**
     * Every editable text field and text area under {@code root}, by label, with the limit its counter shows.
     * Fails if one has no counter, or a counter whose limit is not the field's own.
     */
    public static Map<String, Integer> limitsUnder(Component root) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        Stream.concat(_find(root, TextField.class).stream().filter(f -> !f.isReadOnly())
                .map(f -> new Field(f, f.getLabel() != null ? f.getLabel() : f.getAriaLabel().orElse(null),
                        f.getMaxLength())),
                _find(root, TextArea.class).stream().filter(f -> !f.isReadOnly())
                        .map(f -> new Field(f, f.getLabel(), f.getMaxLength())))
                .forEach(field -> {
                    String label = field.label();
                    assertThat(((HasHelper) field.component()).getHelperComponent()).as("counter under " + label)
                            .isInstanceOf(TextLimit.class);
                    TextLimit limit = (TextLimit) ((HasHelper) field.component()).getHelperComponent();
                    assertThat(limit.max()).as("limit of " + label).isEqualTo(field.maxLength());
                    limits.put(label, limit.max());
                });
        return limits;
    }

    private record Field(Component component, String label, int maxLength) {
    }
}
