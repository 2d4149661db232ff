package vn.dangbo.members;

/** A request the member rules refuse; the message is in Vietnamese and shown as it is. */
public class MemberException extends RuntimeException {

    public MemberException(String message) {
        super(message);
    }
}
