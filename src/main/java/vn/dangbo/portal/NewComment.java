package vn.dangbo.portal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader sends from the comment form, cleaned ({@link CommentText}). {@code trap} is the
 * honeypot field: hidden from people and screen readers, so only a robot fills it in.
 */
public record NewComment(long articleId, String name, String email, String content, String trap) {

    public static NewComment typed(long articleId, String name, String email, String content, String trap) {
        return new NewComment(articleId, CommentText.cleanLine(name), CommentText.cleanLine(email),
                CommentText.clean(content), trap == null ? "" : trap);
    }

    /** What is wrong with each field, as message keys with their arguments; empty when all is well. */
    public Map<String, CommentRefused> problems(CommentSettings rules) {
        Map<String, CommentRefused> problems = new LinkedHashMap<>();
        if (name.isEmpty()) {
            problems.put("name", new CommentRefused("comments.error.nameMissing"));
        } else if (CommentText.length(name) > rules.maxName()) {
            problems.put("name", new CommentRefused("comments.error.nameTooLong", rules.maxName(), CommentText.length(name)));
        }
        if (email.isEmpty()) {
            problems.put("email", new CommentRefused("comments.error.emailMissing"));
        } else if (CommentText.length(email) > rules.maxEmail() || !CommentText.isEmail(email)) {
            problems.put("email", new CommentRefused("comments.error.emailInvalid", rules.maxEmail()));
        }
        if (content.isEmpty()) {
            problems.put("content", new CommentRefused("comments.error.contentMissing"));
        } else if (CommentText.length(content) > rules.maxContent()) {
            problems.put("content", new CommentRefused("comments.error.contentTooLong", rules.maxContent(), CommentText.length(content)));
        }
        return problems;
    }

    public boolean fellIntoTrap() {
        return !trap.isBlank();
    }
}
