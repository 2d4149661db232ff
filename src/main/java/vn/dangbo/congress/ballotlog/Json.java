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
        return switch (value) {
            case Obj o -> "đối tượng";
            case Arr a -> "mảng";
            case Str s -> "chuỗi";
            case Num n -> "số";
            case Bool b -> "giá trị đúng/sai";
            case Null n -> "null";
        };
    }
}
