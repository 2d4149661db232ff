package vn.dangbo.handbook;

/** A request the handbook refuses, with the reason in Vietnamese for the person who made it. */
public class HandbookException extends RuntimeException {

    public HandbookException(String message) {
        super(message);
    }
}
