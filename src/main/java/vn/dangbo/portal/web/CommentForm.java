package vn.dangbo.portal.web;

/** What the reader typed in the comment form, shown again when a field needs fixing. */
record CommentForm(String name, String email, String content) {

    static final CommentForm EMPTY = new CommentForm("", "", "");

    /** A form sent back is shown with at most what a field may hold, never a megabyte. */
    CommentForm forRedisplay() {
        return new CommentForm(cut(name, 400), cut(email, 400), cut(content, 20_000));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
