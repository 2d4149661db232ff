package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What the committee typed for a document, unchecked; {@link DocumentLibrary} checks and cleans it. */
public record DocumentForm(@Nullable DocumentType type, @Nullable String number, @Nullable String issuer,
                           @Nullable LocalDate issuedOn, @Nullable String title, @Nullable String summary,
                           @Nullable String fullText, @Nullable DocumentVisibility visibility) {

    public static DocumentForm of(DocumentView view) {
        return new DocumentForm(view.type(), view.number(), view.issuer(), view.issuedOn(), view.title(), view.summary(),
                view.fullText(), view.visibility());
    }
}
