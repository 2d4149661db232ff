package vn.dangbo.congress.ballotlog;

/** Keeps text taken from a file harmless in a message or on a terminal. */
final class Messages {

    private static final int CLIP = 60;

    private Messages() {
    }

    /** At most a few dozen characters, control and formatting characters replaced. */
    static String clip(String text) {
        String shown = text.length() > CLIP ? text.substring(0, CLIP) + "…" : text;
        return printable(shown);
    }

    /**
     * Replaces control characters (an escape sequence could rewrite the terminal) and invisible
     * formatting ones (a bidi override could reorder a name) with U+FFFD.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            out.appendCodePoint(hidden ? 0xFFFD : cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
