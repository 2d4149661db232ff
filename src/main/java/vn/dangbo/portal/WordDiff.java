package vn.dangbo.portal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level difference between two texts, as runs of kept, inserted and deleted text. */
public final class WordDiff {

    public enum Kind { SAME, INSERTED, DELETED }

    public record Piece(Kind kind, String text) {
        public boolean inserted() { return kind == Kind.INSERTED; }
        public boolean deleted() { return kind == Kind.DELETED; }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    public static List<Piece> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Kind.SAME, a.subList(position, start));
            add(pieces, Kind.DELETED, delta.getSource().getLines());
            add(pieces, Kind.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(pieces, Kind.SAME, a.subList(position, a.size()));
        return pieces;
    }

    public static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> p.kind() != Kind.SAME);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!pieces.isEmpty() && pieces.getLast().kind() == kind) {
            pieces.set(pieces.size() - 1, new Piece(kind, pieces.getLast().text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }
}
