package vn.dangbo.portal;

/** Draft → review → scheduled or published → withdrawn (hidden from readers, kept). */
public enum ArticleState {
    DRAFT, REVIEW, SCHEDULED, PUBLISHED, WITHDRAWN
}
