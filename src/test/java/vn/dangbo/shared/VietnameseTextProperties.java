package vn.dangbo.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextProperties {

    /** Letters of the Vietnamese alphabet with every tone, both cases. */
    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
            + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    @Provide
    Arbitrary<String> vietnameseWords() {
        String all = LETTERS + LETTERS.toUpperCase(Locale.ROOT);
        return Arbitraries.strings().withChars(all.toCharArray()).ofMinLength(1).ofMaxLength(8);
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Combinators.combine(vietnameseWords(), vietnameseWords(), vietnameseWords()).as(List::of);
    }

    @Property
    void foldingLeavesNoMarksNoCapitalsAndNoDStroke(@ForAll("vietnameseWords") String word) {
        String folded = VietnameseText.fold(word);
        assertThat(folded).matches("[a-z]+");
    }

    @Property
    void foldingIgnoresCaseAndUnicodeForm(@ForAll("vietnameseWords") String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(word.toUpperCase(Locale.ROOT))).isEqualTo(VietnameseText.fold(word));
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(word));
        assertThat(VietnameseText.fold(VietnameseText.fold(word))).isEqualTo(VietnameseText.fold(word));
    }

    @Property
    void sortKeysOrderNamesByGivenThenMiddleThenFamilyName(@ForAll("names") List<String> a, @ForAll("names") List<String> b) {
        PersonName first = new PersonName(a.get(0), a.get(1), a.get(2));
        PersonName second = new PersonName(b.get(0), b.get(1), b.get(2));
        int expected = Integer.signum(partwise(first, second));
        assertThat(Integer.signum(first.sortKey().compareTo(second.sortKey()))).isEqualTo(expected);
    }

    @Property
    void sortKeysAgreeWithTheCollatorOnSingleWords(@ForAll("vietnameseWords") String a, @ForAll("vietnameseWords") String b) {
        int expected = Integer.signum(VietnameseText.collator().compare(a, b));
        assertThat(Integer.signum(VietnameseText.sortKey(a).compareTo(VietnameseText.sortKey(b)))).isEqualTo(expected);
    }

    private static int partwise(PersonName x, PersonName y) {
        var collator = VietnameseText.collator();
        int c = collator.compare(x.given(), y.given());
        if (c == 0) {
            c = collator.compare(x.middle(), y.middle());
        }
        if (c == 0) {
            c = collator.compare(x.family(), y.family());
        }
        return c;
    }

    @Example
    void foldsTheIssueExamples() {
        assertThat(VietnameseText.fold("NGUYỄN VĂN AN")).isEqualTo("nguyen van an");
        assertThat(VietnameseText.fold("  Đặng   Thị  Đào ")).isEqualTo("dang thi dao");
    }

    @Example
    void ordersLettersTheVietnameseWay() {
        List<String> given = List.of("Đặng", "Anh", "Dương", "Ấn", "Ân", "Bình");
        List<String> sorted = given.stream().sorted((p, q) -> VietnameseText.sortKey(p).compareTo(VietnameseText.sortKey(q))).toList();
        assertThat(sorted).containsExactly("Anh", "Ân", "Ấn", "Bình", "Dương", "Đặng");
    }

    @Example
    void givenNameDecidesBeforeFamilyName() {
        PersonName an = PersonName.parse("Trần Văn An");
        PersonName binh = PersonName.parse("Nguyễn Văn Bình");
        assertThat(an.sortKey()).isLessThan(binh.sortKey());
        assertThat(PersonName.parse("Nguyễn Thị Minh Khai")).isEqualTo(new PersonName("Nguyễn", "Thị Minh", "Khai"));
    }
}
