package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;

/** A search of the library: words or a document number, and filters; any part may be missing. */
public record DocumentQuery(@Nullable String text, @Nullable DocumentType type, @Nullable Integer year, @Nullable String issuer) {

    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null);
    }

    public static DocumentQuery text(String text) {
        return new DocumentQuery(text, null, null, null);
    }
}
