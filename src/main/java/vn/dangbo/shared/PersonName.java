package vn.dangbo.shared;

/**
 * A Vietnamese full name in its three parts: family name first, given name last, and whatever
 * stands between as the middle name ("Nguyễn Thị Minh Khai": Nguyễn / Thị Minh / Khai).
 */
public record PersonName(String family, String middle, String given) {

    public PersonName {
        family = VietnameseText.clean(family);
        middle = VietnameseText.clean(middle);
        given = VietnameseText.clean(given);
    }

    public static PersonName parse(String fullName) {
        String[] words = VietnameseText.clean(fullName).split(" ");
        if (words.length == 1) {
            return new PersonName("", "", words[0]);
        }
        String middle = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
        return new PersonName(words[0], middle, words[words.length - 1]);
    }

    public String full() {
        return String.join(" ", java.util.stream.Stream.of(family, middle, given).filter(p -> !p.isEmpty()).toList());
    }

    /** Given name, then middle name, then family name, as a Vietnamese list is ordered. */
    public String sortKey() {
        return VietnameseText.sortKey(given, middle, family);
    }
}
