package vn.dangbo.portal;

import java.util.Map;

/** A comment refused for what its fields hold, field by field; nothing was saved. */
public class CommentInvalid extends RuntimeException {

    private final transient Map<String, CommentRefused> problems;

    CommentInvalid(Map<String, CommentRefused> problems) {
        super(String.join(", ", problems.keySet()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, CommentRefused> problems() {
        return problems;
    }
}
