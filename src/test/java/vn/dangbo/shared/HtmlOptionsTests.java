package vn.dangbo.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlOptionsTests {

    @Test
    void marksTheSelectedValueAndEscapesHostileLabels() {
        String html = HtmlOptions.of(List.of(Map.entry(7L, "Chi bộ \"A\" & <B>"), Map.entry(12L, "<script>alert(1)</script>")), 12L);

        assertThat(html).isEqualTo("<option value=\"7\">Chi bộ &quot;A&quot; &amp; &lt;B&gt;</option>"
                + "<option value=\"12\" selected>&lt;script&gt;alert(1)&lt;/script&gt;</option>");
    }

    @Test
    void keepsVietnameseLettersAsTheyAre() {
        assertThat(HtmlOptions.of(List.of(Map.entry(1L, "Chi bộ Văn phòng Sở")), null))
                .isEqualTo("<option value=\"1\">Chi bộ Văn phòng Sở</option>");
    }

    @Test
    void marksNothingWhenNothingIsSelected() {
        assertThat(HtmlOptions.of(List.of(Map.entry(1L, "Một")), null)).doesNotContain("selected");
    }
}
