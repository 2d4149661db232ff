package vn.dangbo.congress.ballotlog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as read from a ballot log. Small and strict on purpose: the recount must not
 * depend on a library's leniency (duplicate keys, lone surrogates, deep nesting are errors).
 */
public sealed interface Json {

    record Obj(Map<String, Json> members) implements Json {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }

    record Arr(List<Json> items) implements Json {
        public Arr {
            items = List.copyOf(items);
        }
    }

    record Str(String value) implements Json {
    }

    /** A number kept as written, so that nothing is lost or rounded before it is checked. */
    record Num(String text) implements Json {
    }

    record Bool(boolean value) implements Json {
    }

    enum Null implements Json { NULL }

    /** The type's name as a message shows it, in Vietnamese. */
    static String describe(Json value) {
        return describe(value.getClass());
    }

    /** The name of a kind of value (the kinds are final records and an enum without bodies, so the class is exact). */
    static String describe(Class<? extends Json> kind) {
        if (kind == Obj.class) {
            return "đối tượng";
        }
        if (kind == Arr.class) {
            return "mảng";
        }
        if (kind == Str.class) {
            return "chuỗi";
        }
        if (kind == Num.class) {
            return "số";
        }
        if (kind == Bool.class) {
            return "giá trị đúng/sai";
        }
        if (kind == Null.class) {
            return "null";
        }
        throw new IllegalStateException("Unknown kind of JSON value: " + kind);
    }

    /**
     * For the end of an {@code instanceof} chain over the kinds of value: this package is compiled
     * for Java 17 too (see pom.xml), which has no exhaustive pattern switch, so a new kind fails loudly.
     */
    static IllegalStateException unknown(Json value) {
        return new IllegalStateException("unknown kind of JSON value: " + value.getClass().getName());
    }
}
