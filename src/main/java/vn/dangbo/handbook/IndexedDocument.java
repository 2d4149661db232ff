package vn.dangbo.handbook;

import java.time.LocalDate;

/** What the search index holds of a document: its fields and all its searchable text. */
record IndexedDocument(long id, DocumentType type, String number, String issuer, LocalDate issuedOn, String title,
                       String summary, String text, DocumentVisibility visibility) {
}
