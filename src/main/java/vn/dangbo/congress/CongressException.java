package vn.dangbo.congress;

/** A request the congress rules refuse; the message is Vietnamese, for the page. Nothing was changed. */
public class CongressException extends RuntimeException {

    public CongressException(String message) {
        super(message);
    }
}
