package vn.dangbo.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * The options of a long select (a province's thousand cells), escaped and joined here: as template
 * expressions they were most of the member list's rendering time.
 */
public final class HtmlOptions {

    private HtmlOptions() {
    }

    /** {@code <option>} elements for these values and labels, with the selected value marked. */
    public static String of(Collection<? extends Map.Entry<?, String>> choices, @Nullable Object selected) {
        StringBuilder html = new StringBuilder(choices.size() * 64);
        for (Map.Entry<?, String> choice : choices) {
            String value = String.valueOf(choice.getKey());
            html.append("<option value=\"").append(HtmlUtils.htmlEscape(value, "UTF-8")).append('"');
            if (selected != null && Objects.equals(value, String.valueOf(selected))) {
                html.append(" selected");
            }
            html.append('>').append(HtmlUtils.htmlEscape(choice.getValue(), "UTF-8")).append("</option>");
        }
        return html.toString();
    }
}
