package vn.dangbo.portal;

import java.util.regex.Pattern;

/**
 * Readers' text as typed, minus what could disturb a page: control characters (line breaks and
 * tabs stay, as "\n" and "\t") and the invisible marks that reverse the direction of text. The
 * text is never interpreted as HTML; pages escape it when they show it.
 */
public final class CommentText {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private CommentText() {
    }

    public static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(CommentText::kept).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** One line (a name, an email): line breaks become spaces. */
    public static String cleanLine(String typed) {
        return clean(typed).replaceAll("\\s+", " ");
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    private static boolean kept(int c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return false;
        }
        // bidirectional embeddings, overrides and isolates (a name shown backwards); the BOM
        return !((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF);
    }
}
