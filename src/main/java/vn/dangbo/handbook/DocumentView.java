package vn.dangbo.handbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record DocumentView(long id, DocumentType type, String number, String issuer, LocalDate issuedOn, String title,
                           String summary, String fullText, DocumentVisibility visibility, Instant updatedAt,
                           String updatedBy, List<AttachmentView> attachments) {
}
