package org.evidenceledger.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole-number query parameters in plain decimal only. Spring's own conversion decodes {@code 0x10}
 * as 16 and {@code 010} as 8; a client that sends those means something we cannot know.
 */
@ControllerAdvice
public class StrictParameters {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}");

    @InitBinder
    public void wholeNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new DecimalEditor(Integer::valueOf));
        binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer::valueOf));
        binder.registerCustomEditor(long.class, new DecimalEditor(Long::valueOf));
        binder.registerCustomEditor(Long.class, new DecimalEditor(Long::valueOf));
    }

    private static final class DecimalEditor extends PropertyEditorSupport {

        private final Function<String, Number> parse;

        DecimalEditor(Function<String, Number> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                setValue(null);
                return;
            }
            if (!DECIMAL.matcher(text).matches()) {
                throw new IllegalArgumentException("not a decimal whole number");
            }
            setValue(parse.apply(text));
        }
    }
}
