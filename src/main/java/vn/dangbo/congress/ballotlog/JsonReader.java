package vn.dangbo.congress.ballotlog;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses RFC 8259 JSON into {@link Json}, with limits against hostile input: nesting depth,
 * number of values and length of a number. Duplicate keys, unpaired surrogates and bytes that are
 * not UTF-8 are refused, since the hash chain's canonical form (RFC 8785) cannot represent them.
 * <p>
 * It reads the file's bytes, not a decoded string: {@code recount} runs in a cold JVM, where
 * decoding 1.5 MB first and then reading it char by char through {@code String.charAt} cost more
 * than all the counting. JSON's structure is ASCII, so only the strings that hold other bytes are
 * decoded, strictly, each on its own.
 */
public final class JsonReader {

    public static final int MAX_DEPTH = 16;
    public static final int MAX_VALUES = 2_000_000;
    private static final int MAX_NUMBER_LENGTH = 40;

    private final byte[] in;
    private int pos;
    private int values;
    private CharsetDecoder utf8;

    private JsonReader(byte[] in) {
        this.in = in;
    }

    /** @param utf8 the text as UTF-8 bytes, with or without a byte order mark */
    public static Json parse(byte[] utf8) throws JsonSyntaxError {
        JsonReader reader = new JsonReader(utf8);
        if (utf8.length >= 3 && utf8[0] == (byte) 0xEF && utf8[1] == (byte) 0xBB && utf8[2] == (byte) 0xBF) {
            reader.pos = 3;
        }
        reader.skipWhitespace();
        Json value = reader.value(0);
        reader.skipWhitespace();
        if (reader.pos != utf8.length) {
            throw reader.error("còn nội dung sau khi giá trị JSON đã kết thúc");
        }
        return value;
    }

    public static Json parse(String text) throws JsonSyntaxError {
        int lone = loneSurrogate(text);
        if (lone >= 0) {
            // UTF-8 cannot carry it: say where it is instead of letting the encoder write '?'.
            JsonReader before = new JsonReader(text.substring(0, lone).getBytes(StandardCharsets.UTF_8));
            before.pos = before.in.length;
            throw before.error("nửa cặp thay thế (surrogate) đứng một mình");
        }
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private Json value(int depth) throws JsonSyntaxError {
        if (++values > MAX_VALUES) {
            throw error("tệp có quá nhiều giá trị (tối đa " + MAX_VALUES + ")");
        }
        if (pos >= in.length) {
            throw error("tệp kết thúc giữa chừng");
        }
        byte c = in[pos];
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
                throw error("ký tự không mong đợi " + quoteCharAt(pos));
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
            byte c = peek();
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
            byte c = peek();
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
        byte[] in = this.in;
        int start = ++pos;
        int at = start;
        // Nearly every string of a log (keys, ids) is plain ASCII with nothing escaped: taken whole.
        // A byte below 0x20 is a control character or, being signed, any byte of a non-ASCII character.
        while (at < in.length && in[at] != '"' && in[at] != '\\' && in[at] >= 0x20) {
            at++;
        }
        if (at < in.length && in[at] == '"') {
            pos = at + 1;
            return new String(in, start, at - start, StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(at - start + 16);
        while (true) {
            if (pos >= in.length) {
                throw error("chuỗi chưa được đóng bằng dấu ngoặc kép");
            }
            byte c = in[pos];
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else if (c >= 0x20) {
                out.append((char) c);
                pos++;
            } else if (c >= 0) {
                throw error("ký tự điều khiển " + quoteCharAt(pos) + " trong chuỗi phải được viết thoát");
            } else {
                decodeRun(out);
            }
        }
    }

    private void escape(StringBuilder out) throws JsonSyntaxError {
        pos++;
        byte e = peek();
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
                if (Character.isLowSurrogate(unit)
                        && (out.isEmpty() || !Character.isHighSurrogate(out.charAt(out.length() - 1)))) {
                    pos -= 6;
                    throw error("nửa cặp thay thế (surrogate) đứng một mình");
                }
                out.append(unit);
                if (Character.isHighSurrogate(unit) && !lowSurrogateEscapeNext()) {
                    throw error("nửa cặp thay thế (surrogate) đứng một mình");
                }
                return;
            }
            default -> throw error("chuỗi thoát không hợp lệ \\" + quoteCharAt(pos));
        }
        pos++;
    }

    /**
     * Decodes, strictly, the bytes from here up to the next quote, backslash or control character
     * (all ASCII, so never inside a character). Valid UTF-8 yields no unpaired surrogate.
     */
    private void decodeRun(StringBuilder out) throws JsonSyntaxError {
        int end = pos;
        while (end < in.length && in[end] != '"' && in[end] != '\\' && (in[end] < 0 || in[end] >= 0x20)) {
            end++;
        }
        if (utf8 == null) {
            utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        ByteBuffer bytes = ByteBuffer.wrap(in, pos, end - pos);
        CharBuffer chars = CharBuffer.allocate(end - pos); // UTF-8 never gives more chars than bytes
        if (utf8.reset().decode(bytes, chars, true).isError()) {
            pos = bytes.position(); // where the faulty bytes begin
            throw notUtf8();
        }
        chars.flip();
        out.append(chars);
        pos = end;
    }

    private char hex4() throws JsonSyntaxError {
        if (pos + 4 > in.length) {
            throw error("\\u cần bốn chữ số thập lục phân");
        }
        int unit = 0;
        for (int i = 0; i < 4; i++) {
            int d = hexDigit(in[pos + i]);
            if (d < 0) {
                throw error("\\u cần bốn chữ số thập lục phân");
            }
            unit = unit * 16 + d;
        }
        pos += 4;
        return (char) unit;
    }

    private boolean lowSurrogateEscapeNext() {
        if (pos + 6 > in.length || in[pos] != '\\' || in[pos + 1] != 'u') {
            return false;
        }
        int unit = 0;
        for (int i = 2; i < 6; i++) {
            int d = hexDigit(in[pos + i]);
            if (d < 0) {
                return false;
            }
            unit = unit * 16 + d;
        }
        return Character.isLowSurrogate((char) unit);
    }

    /** ASCII hex only: Character.digit would also take other scripts' digits. */
    private static int hexDigit(byte c) {
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
        return new Json.Num(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
    }

    private Json literal(String word, Json value) throws JsonSyntaxError {
        for (int i = 0; i < word.length(); i++) {
            if (pos + i >= in.length || in[pos + i] != word.charAt(i)) {
                throw error("giá trị không hợp lệ (chỉ chấp nhận true, false, null, số, chuỗi, mảng, đối tượng)");
            }
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

    private byte peek() {
        return pos < in.length ? in[pos] : 0;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        byte[] in = this.in;
        int at = pos;
        while (at < in.length && (in[at] == ' ' || in[at] == '\n' || in[at] == '\r' || in[at] == '\t')) {
            at++;
        }
        pos = at;
    }

    private JsonSyntaxError error(String what) {
        return new JsonSyntaxError("JSON không hợp lệ ở " + place() + ": " + what + ".");
    }

    private JsonSyntaxError notUtf8() {
        return new JsonSyntaxError("Tệp không phải văn bản UTF-8 hợp lệ (" + place() + ").");
    }

    /** Line and column of {@link #pos}, the column counted in characters, not bytes. */
    private String place() {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, in.length); i++) {
            if (in[i] == '\n') {
                line++;
                column = 1;
            } else if ((in[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return "dòng " + line + ", cột " + column;
    }

    /** The character at a place, quoted if printable ASCII, else as U+XXXX; bytes that are not UTF-8 say so. */
    private String quoteCharAt(int at) throws JsonSyntaxError {
        byte b = at < in.length ? in[at] : 0;
        if (b >= 0x20 && b < 0x7f) {
            return "'" + (char) b + "'";
        }
        if (b >= 0) {
            return String.format("U+%04X", (int) b);
        }
        int length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
        try {
            CharBuffer c = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in, at, Math.min(length, in.length - at)));
            return String.format("U+%04X", Character.codePointAt(c, 0));
        } catch (CharacterCodingException e) {
            throw notUtf8();
        }
    }
}
