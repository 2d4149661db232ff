package vn.dangbo.portal;

/** Draft → review → scheduled or published → withdrawn (hidden from readers, kept). */
public enum ArticleState {
    DRAFT("nháp"), REVIEW("chờ duyệt"), SCHEDULED("đã lên lịch"), PUBLISHED("đã đăng"), WITHDRAWN("đã gỡ");

    private final String label;

    ArticleState(String label) {
        this.label = label;
    }

    /** The Vietnamese name, for messages; pages use the message bundle. */
    public String label() {
        return label;
    }
}
