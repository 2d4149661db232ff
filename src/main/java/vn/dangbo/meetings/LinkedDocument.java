package vn.dangbo.meetings;

import java.time.LocalDate;

/** A document of the handbook's library linked to a meeting. */
public record LinkedDocument(long id, String number, String title, LocalDate issuedOn) {
}
