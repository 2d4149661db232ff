package vn.dangbo.congress.ballotlog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses RFC 8259 JSON into {@link Json}, with limits against hostile input: nesting depth,
 * number of values and length of a number. Duplicate keys and unpaired surrogates are refused,
 * since the hash chain's canonical form (RFC 8785) cannot represent them.
 */
public final class JsonReader {

    public static final int MAX_DEPTH = 16;
    public static final int MAX_VALUES = 2_000_000;
    private static final int MAX_NUMBER_LENGTH = 40;

    private final String text;
    private int pos;
    private int values;

    private JsonReader(String text) {
        this.text = text;
    }

    public static Json parse(String text) throws JsonSyntaxError {
        JsonReader reader = new JsonReader(text);
        if (reader.pos < text.length() && text.charAt(reader.pos) == '\uFEFF') {
            reader.pos++;
        }
        reader.skipWhitespace();
        Json value = reader.value(0);
        reader.skipWhitespace();
        if (reader.pos != text.length()) {
            throw reader.error("còn nội dung sau khi giá trị JSON đã kết thúc");
        }
        return value;
    }

    private Json value(int depth) throws JsonSyntaxError {
        if (++values > MAX_VALUES) {
            throw error("tệp có quá nhiều giá trị (tối đa " + MAX_VALUES + ")");
        }
        if (pos >= text.length()) {
            throw error("tệp kết thúc giữa chừng");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> new Json.Str(string());
            case 't' -> literal("true", new Json.Bool(true));
            case 'f' -> literal("false", new Json.Bool(false));
            case 'n' -> literal("null", Json.Null.NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("ký tự không mong đợi " + quoteChar(c));
            }
        };
    }

    private Json object(int depth) throws JsonSyntaxError {
        checkDepth(depth);
        pos++;
        Map<String, Json> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new Json.Obj(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("cần tên khóa trong dấu ngoặc kép");
            }
            int keyStart = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Json value = value(depth);
            if (members.putIfAbsent(key, value) != null) {
                pos = keyStart;
                throw error("khóa \"" + Messages.clip(key) + "\" xuất hiện hai lần trong cùng một đối tượng");
            }
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                return new Json.Obj(members);
            } else {
                throw error("cần dấu phẩy hoặc dấu }");
            }
        }
    }

    private Json array(int depth) throws JsonSyntaxError {
        checkDepth(depth);
        pos++;
        List<Json> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new Json.Arr(items);
        }
        while (true) {
            skipWhitespace();
            items.add(value(depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                return new Json.Arr(items);
            } else {
                throw error("cần dấu phẩy hoặc dấu ]");
            }
        }
    }

    private String string() throws JsonSyntaxError {
        int start = ++pos;
        // Most strings of a log (keys, ids) hold nothing to unescape or check: take them whole,
        // which a cold JVM does far faster than appending char by char.
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                return text.substring(start, pos++);
            }
            if (c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
                break;
            }
            pos++;
        }
        StringBuilder out = new StringBuilder(pos - start + 16).append(text, start, pos);
        while (true) {
            if (pos >= text.length()) {
                throw error("chuỗi chưa được đóng bằng dấu ngoặc kép");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("ký tự điều khiển " + quoteChar(c) + " trong chuỗi phải được viết thoát");
            }
            if (c == '\\') {
                pos++;
                char e = peek();
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        pos++;
                        char unit = hex4();
                        appendUnit(out, unit);
                        if (Character.isHighSurrogate(unit)) {
                            requireLowNext(true);
                        }
                        continue;
                    }
                    default -> throw error("chuỗi thoát không hợp lệ \\" + quoteChar(e));
                }
                pos++;
                continue;
            }
            appendUnit(out, c);
            pos++;
            if (Character.isHighSurrogate(c)) {
                requireLowNext(false);
            }
        }
    }

    private char hex4() throws JsonSyntaxError {
        if (pos + 4 > text.length()) {
            throw error("\\u cần bốn chữ số thập lục phân");
        }
        int unit = 0;
        for (int i = 0; i < 4; i++) {
            int d = hexDigit(text.charAt(pos + i));
            if (d < 0) {
                throw error("\\u cần bốn chữ số thập lục phân");
            }
            unit = unit * 16 + d;
        }
        pos += 4;
        return (char) unit;
    }

    /** Appends a code unit, refusing any surrogate that is not half of a pair. */
    private void appendUnit(StringBuilder out, char c) throws JsonSyntaxError {
        if (Character.isLowSurrogate(c)
                && (out.isEmpty() || !Character.isHighSurrogate(out.charAt(out.length() - 1)))) {
            throw error("nửa cặp thay thế (surrogate) đứng một mình");
        }
        out.append(c);
    }

    private void requireLowNext(boolean escaped) throws JsonSyntaxError {
        boolean ok = escaped
                ? text.startsWith("\\u", pos) && pos + 6 <= text.length()
                        && Character.isLowSurrogate((char) Integer.parseInt(hexOrZero(pos + 2), 16))
                : pos < text.length() && Character.isLowSurrogate(text.charAt(pos));
        if (!ok) {
            throw error("nửa cặp thay thế (surrogate) đứng một mình");
        }
    }

    private String hexOrZero(int at) {
        String h = text.substring(at, at + 4);
        for (int i = 0; i < 4; i++) {
            if (hexDigit(h.charAt(i)) < 0) {
                return "0000";
            }
        }
        return h;
    }

    /** ASCII hex only: Character.digit would also take other scripts' digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private Json number() throws JsonSyntaxError {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw error("số không hợp lệ");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("số không hợp lệ: cần chữ số sau dấu chấm");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("số không hợp lệ: cần chữ số ở phần mũ");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            pos = start;
            throw error("số quá dài");
        }
        return new Json.Num(text.substring(start, pos));
    }

    private Json literal(String word, Json value) throws JsonSyntaxError {
        if (!text.startsWith(word, pos)) {
            throw error("giá trị không hợp lệ (chỉ chấp nhận true, false, null, số, chuỗi, mảng, đối tượng)");
        }
        pos += word.length();
        return value;
    }

    private void checkDepth(int depth) throws JsonSyntaxError {
        if (depth > MAX_DEPTH) {
            throw error("lồng nhau quá sâu (tối đa " + MAX_DEPTH + " cấp)");
        }
    }

    private void expect(char c) throws JsonSyntaxError {
        if (peek() != c) {
            throw error("cần dấu " + c);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonSyntaxError error(String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonSyntaxError("JSON không hợp lệ ở dòng " + line + ", cột " + column + ": " + what + ".");
    }

    private static String quoteChar(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
