package vn.dangbo.handbook;

import vn.dangbo.shared.VietnameseText;

/** Document numbers and symbols ("04-NQ/TW") compared as people type them: any case, spacing or punctuation. */
final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** "04-NQ/TW", "04 nq tw" and "04nq/tw" all give "04nqtw"; "08-QĐi/TW" gives "08qditw". */
    static String key(String number) {
        return VietnameseText.fold(number).replaceAll("[^a-z0-9]", "");
    }

    /** Whether a query could be (the start of) a document number: it has a digit and at most a few words. */
    static boolean looksLikeNumber(String query) {
        String key = key(query);
        return key.length() >= 2 && key.length() <= 40 && key.chars().anyMatch(Character::isDigit)
                && query.strip().split("\\s+").length <= 4;
    }
}
