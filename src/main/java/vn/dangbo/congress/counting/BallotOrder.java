package vn.dangbo.congress.counting;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order of names on a ballot (R9, Q10, unverified): by given name, then surname, then middle
 * name by default, in Vietnamese collation. The full name is read as surname first, given name last.
 */
public final class BallotOrder {

    private BallotOrder() {
    }

    public static List<Candidate> sort(List<Candidate> candidates, ElectionRules rules) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        Comparator<String[]> byParts = (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                int c = collator.compare(a[i], b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        return candidates.stream()
                .sorted(Comparator.comparing((Candidate c) -> key(c.name(), rules.ballotNameOrder()), byParts))
                .toList();
    }

    private static String[] key(String fullName, ElectionRules.NameOrder order) {
        String[] words = fullName.strip().split("\\s+");
        String surname = words.length > 1 ? words[0] : "";
        String given = words[words.length - 1];
        String middle = words.length > 2 ? String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1)) : "";
        return switch (order) {
            case GIVEN_SURNAME_MIDDLE -> new String[] {given, surname, middle};
            case GIVEN_MIDDLE_SURNAME -> new String[] {given, middle, surname};
        };
    }
}
