package vn.dangbo.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as people search and sort it: folding for diacritic- and case-blind matching,
 * and collation keys that order names the Vietnamese way.
 */
public final class VietnameseText {

    /** Vietnamese, for upper-casing and formatting. */
    public static final Locale LOCALE = Locale.of("vi");


    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator collator = Collator.getInstance(new ULocale("vi"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    });

    private VietnameseText() {
    }

    /** Lower case, no diacritics, "đ" as "d", runs of white space as one space, trimmed. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Unicode NFC with collapsed spaces: what we store for names typed in any input method. */
    public static String clean(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    public static Collator collator() {
        return COLLATOR.get();
    }

    /**
     * A key whose plain string order is the Vietnamese order of the given parts, compared part by
     * part: each part's ICU key ends with a zero byte that no other byte of a key equals, so a
     * shorter part sorts first and the next part only counts when the earlier ones are equal.
     */
    public static String sortKey(String... parts) {
        StringBuilder key = new StringBuilder();
        HexFormat hex = HexFormat.of();
        for (String part : parts) {
            byte[] bytes = collator().getCollationKey(part == null ? "" : clean(part)).toByteArray();
            key.append(hex.formatHex(bytes));
        }
        return key.toString();
    }
}
