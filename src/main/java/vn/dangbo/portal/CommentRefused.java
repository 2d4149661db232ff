package vn.dangbo.portal;

/**
 * A comment, or a moderation step, refused for a reason the person must read: the message key
 * (in messages.properties) and its arguments.
 */
public class CommentRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public CommentRefused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
