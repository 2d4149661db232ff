package vn.dangbo.shared;

import java.util.regex.Pattern;

/**
 * URL slugs from Vietnamese titles: "Đảng bộ Sở Khoa học và Công nghệ" becomes
 * {@code dang-bo-so-khoa-hoc-va-cong-nghe}. Folds diacritics (đ as d), keeps ASCII letters and
 * digits, and joins the words with single hyphens.
 */
public final class Slugs {

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** The slug of a text; empty when the text has no letter or digit that folds to ASCII. */
    public static String slug(String text) {
        String folded = NOT_SLUG.matcher(VietnameseText.fold(text)).replaceAll("-");
        int start = 0;
        int end = folded.length();
        while (start < end && folded.charAt(start) == '-') {
            start++;
        }
        while (end > start && folded.charAt(end - 1) == '-') {
            end--;
        }
        return folded.substring(start, end);
    }

    public static boolean isSlug(String text) {
        return text.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
