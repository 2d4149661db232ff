package vn.dangbo.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.text.Normalizer;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsProperties {

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
            + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    @Provide
    Arbitrary<String> titles() {
        String all = LETTERS + LETTERS.toUpperCase(Locale.ROOT) + "0123456789 -–—_.,:;!?()\"'/\t%&";
        return Arbitraries.strings().withChars(all.toCharArray()).ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(titles(), Arbitraries.strings().ofMaxLength(30));
    }

    @Example
    void aVietnameseTitle() {
        assertThat(Slugs.slug("Đảng bộ Sở Khoa học và Công nghệ")).isEqualTo("dang-bo-so-khoa-hoc-va-cong-nghe");
        assertThat(Slugs.slug("  Khoa học – Công nghệ ")).isEqualTo("khoa-hoc-cong-nghe");
        assertThat(Slugs.slug("Nghị quyết TW4 (XII): 100% đảng viên")).isEqualTo("nghi-quyet-tw4-xii-100-dang-vien");
    }

    @Property
    void slugsAreLowerAsciiWordsJoinedBySingleHyphens(@ForAll("anything") String title) {
        String slug = Slugs.slug(title);
        assertThat(slug).matches("[a-z0-9-]*");
        assertThat(slug).doesNotStartWith("-").doesNotEndWith("-").doesNotContain("--");
        assertThat(slug.isEmpty() || Slugs.isSlug(slug)).isTrue();
        assertThat(Slugs.slug(slug)).isEqualTo(slug);
    }

    @Property
    void slugsAreStableUnderFoldingCaseAndUnicodeForm(@ForAll("titles") String title) {
        String slug = Slugs.slug(title);
        assertThat(Slugs.slug(slug)).isEqualTo(slug);
        assertThat(Slugs.slug(VietnameseText.fold(title))).isEqualTo(slug);
        assertThat(Slugs.slug(title.toUpperCase(Locale.ROOT))).isEqualTo(slug);
        assertThat(Slugs.slug(Normalizer.normalize(title, Normalizer.Form.NFD))).isEqualTo(slug);
    }
}
