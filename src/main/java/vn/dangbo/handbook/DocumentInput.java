package vn.dangbo.handbook;

import java.time.LocalDate;

/** What the committee enters for a document, already checked and cleaned by the library. */
public record DocumentInput(DocumentType type, String number, String issuer, LocalDate issuedOn, String title,
                            String summary, String fullText, DocumentVisibility visibility) {
}
