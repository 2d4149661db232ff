package vn.dangbo.shared;

/**
 * Paths a module serves to readers without a login. The security configuration permits a request
 * only when some module's public paths claim it; everything else needs a login.
 */
public interface PublicPaths {

    /** Whether this path (within the application, starting with "/") is public. */
    boolean isPublic(String path);
}
