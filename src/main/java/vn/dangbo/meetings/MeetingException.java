package vn.dangbo.meetings;

/** A step refused by a meeting rule; the message is a Vietnamese sentence for the user. */
public class MeetingException extends RuntimeException {

    public MeetingException(String message) {
        super(message);
    }
}
