package vn.dangbo.shared;

/**
 * Paths a module serves to readers without a login. The security configuration permits a request
 * only when some module's public paths claim it; everything else needs a login.
 */
public interface PublicPaths {

    /** Whether this path (within the application, starting with "/") is public. */
    boolean isPublic(String path);

    /**
     * Whether anyone may POST to this path without a login and without a session's CSRF token (a
     * reader's comment under a cached page). The module then guards the post itself: it acts for
     * no account, and it checks that the browser sent it from the same origin.
     */
    default boolean acceptsPostsFromAnyone(String path) {
        return false;
    }
}
