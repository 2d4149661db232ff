package vn.dangbo.handbook;

import java.time.LocalDate;

/**
 * One document in a result page. {@code titleHtml}, {@code numberHtml} and {@code snippetHtml} are
 * escaped HTML whose only markup is {@code <mark>} around the hits.
 */
public record DocumentHit(long id, DocumentType type, String number, String issuer, LocalDate issuedOn, String title,
                          DocumentVisibility visibility, String titleHtml, String numberHtml, String snippetHtml) {
}
