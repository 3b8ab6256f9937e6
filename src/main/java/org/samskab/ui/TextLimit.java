package org.samskab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A limited text field's character counter ("123 / 500") and its messages, shown under the field in place of
 * its helper text (which it keeps). The browser keeps the field within the limit ({@code maxlength}); this says
 * so: when a paste was cut, when the limit is reached, and (to screen readers, once) when it is near. See
 * docs/adr/0131-text-limits-cut-and-say-so.md.
 *
 * <p>The browser counts and speaks on its own: a live board has hundreds of phones, and a server round trip per
 * keystroke would cost each of them. It counts Unicode code points, as {@code TextRules} does on the server.
 */
public final class TextLimit extends Div {

    // $0 the helper element, $1 the limit, $2-$5 the translated patterns, $6 the page's language.
    private static final String SCRIPT = """
            const field = this, box = $0, max = $1;
            const count = box.querySelector('.text-limit-count');
            const message = box.querySelector('.text-limit-message');
            const announce = box.querySelector('.text-limit-announce');
            const number = new Intl.NumberFormat($6);
            const say = (pattern, ...values) =>
                values.reduce((text, v, i) => text.replace('{' + i + '}', number.format(v)), pattern);
            const codePoints = value => [...(value || '')].length;
            const nearFrom = Math.floor(max * 0.9);
            let shown = '', warned = false;
            const refresh = () => {
              const used = codePoints(field.value);
              count.textContent = say($2, used, max);
              box.classList.toggle('near-limit', used >= nearFrom);
              // The browser's maxlength counts UTF-16 units: the field is full when those reach the limit.
              const full = (field.value || '').length >= max;
              if (!full) {
                shown = '';
                message.textContent = '';
              } else if (!shown) {
                shown = 'full';
                message.textContent = say($4, max);
              }
              if (used >= nearFrom && !full && !warned) {
                warned = true;
                announce.textContent = say($3, max - used);
              } else if (used < nearFrom) {
                warned = false;
                announce.textContent = '';
              }
            };
            const paste = event => {
              const pasted = (event.clipboardData && event.clipboardData.getData('text')) || '';
              const input = field.inputElement;
              const replaced = input ? input.selectionEnd - input.selectionStart : 0;
              if (pasted.length > max - (field.value || '').length + replaced) {
                // After the browser has inserted what fits and the counter has caught up.
                setTimeout(() => {
                  shown = 'cut';
                  message.textContent = say($5, max);
                });
              }
            };
            if (!field.__textLimit) {
              field.addEventListener('value-changed', () => field.__textLimit.refresh());
              field.addEventListener('paste', event => field.__textLimit.paste(event));
            }
            // Attached again (a dialog reopened): the listeners stay, and call this run's state.
            field.__textLimit = {refresh, paste};
            refresh();
            """;

    private final int max;
    private final Span count = new Span();

    private TextLimit(Component field, int max, String helperText) {
        this.max = max;
        addClassName("text-limit");
        if (helperText != null && !helperText.isBlank()) {
            Span help = new Span(helperText);
            help.addClassName("text-limit-help");
            add(help);
        }
        count.addClassName("text-limit-count");
        // The server's first count, for a page that has not run the script yet.
        count.setText(getTranslation("text-limit.count", 0, max));
        Span message = new Span();
        message.addClassName("text-limit-message");
        message.getElement().setAttribute("aria-live", "polite");
        Span announce = new Span();
        announce.addClassNames("text-limit-announce", "visually-hidden");
        announce.getElement().setAttribute("aria-live", "polite");
        add(count, message, announce);
        field.addAttachListener(e -> field.getElement().executeJs(SCRIPT, getElement(), max,
                getTranslation("text-limit.count", "{0}", "{1}"), getTranslation("text-limit.left", "{0}"),
                getTranslation("text-limit.full", "{0}"), getTranslation("text-limit.cut", "{0}"),
                getLocale().toLanguageTag()));
    }

    /** Limits a one-line field to {@code max} characters and shows the count under it. */
    public static TextLimit on(TextField field, int max) {
        field.setMaxLength(max);
        return attach(field, max);
    }

    /** Limits a text area to {@code max} characters and shows the count under it. */
    public static TextLimit on(TextArea field, int max) {
        field.setMaxLength(max);
        return attach(field, max);
    }

    private static <F extends Component & HasHelper> TextLimit attach(F field, int max) {
        TextLimit limit = new TextLimit(field, max, field.getHelperText());
        field.setHelperText(null);
        field.setHelperComponent(limit);
        return limit;
    }

    /** The limit, in characters (Unicode code points). */
    public int max() {
        return max;
    }
}
