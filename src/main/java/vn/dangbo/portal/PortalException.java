package vn.dangbo.portal;

/** A request the portal refuses: a reserved or taken slug, a photo without alt text, a wrong transition. */
public class PortalException extends RuntimeException {

    public PortalException(String message) {
        super(message);
    }
}
