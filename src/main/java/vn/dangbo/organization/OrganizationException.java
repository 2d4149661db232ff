package vn.dangbo.organization;

/** A request the organization rules refuse; the message is shown to the user as it is. */
public class OrganizationException extends RuntimeException {

    public OrganizationException(String message) {
        super(message);
    }
}
