package vn.dangbo.meetings;

import java.text.Normalizer;

/** Text as a meeting stores it: NFC, Unix line ends, no control characters, trimmed. Shown escaped. */
final class PlainText {

    private PlainText() {
    }

    /** Multi-line text: line breaks and tabs kept, trailing spaces of each line dropped. */
    static String lines(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** One line: any run of white space as one space. */
    static String line(String text) {
        return lines(text).replaceAll("\\s+", " ");
    }
}
