package vn.dangbo.congress.ballotlog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link Json}: the RFC 8785 canonical form the hash chain is built on, or indented for people.
 * Loops, not streams: {@code recount} writes once in a cold JVM, where each lambda costs milliseconds.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /**
     * RFC 8785 (JCS): keys sorted by UTF-16 code units, no insignificant whitespace, strings
     * escaped as ECMAScript does (only {@code "}, {@code \} and control characters), everything
     * else written as itself. Numbers are limited to integers, which JCS writes as they are.
     */
    public static String canonical(Json value) {
        StringBuilder out = new StringBuilder(1024); // a national ballot's size: not grown six times over
        canonical(value, out);
        return out.toString();
    }

    private static void canonical(Json value, StringBuilder out) {
        if (value instanceof Json.Obj obj) {
            List<String> keys = new ArrayList<>(obj.members().keySet());
            Collections.sort(keys); // String order is UTF-16 code-unit order, as JCS asks
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(keys.get(i), out);
                out.append(':');
                canonical(obj.members().get(keys.get(i)), out);
            }
            out.append('}');
        } else if (value instanceof Json.Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                canonical(arr.items().get(i), out);
            }
            out.append(']');
        } else if (value instanceof Json.Str str) {
            string(str.value(), out);
        } else if (value instanceof Json.Num num) {
            out.append(canonicalInteger(num.text()));
        } else if (value instanceof Json.Bool bool) {
            out.append(bool.value());
        } else if (value instanceof Json.Null) {
            out.append("null");
        } else {
            throw Json.unknown(value);
        }
    }

    /** {@code -?(0|[1-9][0-9]{0,14})}, checked without compiling a pattern for every number. */
    private static String canonicalInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        boolean safe = digits >= 1 && digits <= 15 && (digits == 1 || text.charAt(start) != '0');
        for (int i = start; safe && i < text.length(); i++) {
            safe = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!safe) {
            throw new IllegalArgumentException("only safe integers have a canonical form here: " + text);
        }
        return text.equals("-0") ? "0" : text;
    }

    /** Indented with two spaces, one member per line; non-ASCII written as itself. */
    public static String pretty(Json value) {
        StringBuilder out = new StringBuilder();
        pretty(value, out, 0);
        return out.append('\n').toString();
    }

    private static void pretty(Json value, StringBuilder out, int indent) {
        if (value instanceof Json.Obj obj) {
            if (obj.members().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<String, Json> member : obj.members().entrySet()) {
                out.append("  ".repeat(indent + 1));
                string(member.getKey(), out);
                out.append(": ");
                pretty(member.getValue(), out, indent + 1);
                out.append(++i < obj.members().size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append('}');
        } else if (value instanceof Json.Arr arr) {
            if (arr.items().isEmpty()) {
                out.append("[]");
                return;
            }
            boolean flat = true;
            for (Json item : arr.items()) {
                flat &= !(item instanceof Json.Obj || item instanceof Json.Arr);
            }
            if (flat) {
                // Lists of ids stay on one line: a ballot reads as one line.
                out.append('[');
                for (int i = 0; i < arr.items().size(); i++) {
                    out.append(i > 0 ? ", " : "");
                    pretty(arr.items().get(i), out, indent);
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < arr.items().size(); i++) {
                out.append("  ".repeat(indent + 1));
                pretty(arr.items().get(i), out, indent + 1);
                out.append(i + 1 < arr.items().size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append(']');
        } else {
            canonical(value, out);
        }
    }

    static void string(String value, StringBuilder out) {
        out.append('"');
        if (!needsEscape(value)) {
            // Keys and ids, nearly every string of a log: appended whole, which a cold JVM does far faster.
            out.append(value).append('"');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    static Json.Obj object(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Json> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            members.put((String) keysAndValues[i], (Json) keysAndValues[i + 1]);
        }
        return new Json.Obj(members);
    }

    static Json.Str str(String value) {
        return new Json.Str(value);
    }

    static Json.Num num(long value) {
        return new Json.Num(Long.toString(value));
    }

    static Json.Arr strings(List<String> values) {
        List<Json> items = new ArrayList<>(values.size());
        for (String value : values) {
            items.add(new Json.Str(value));
        }
        return new Json.Arr(items);
    }
}
