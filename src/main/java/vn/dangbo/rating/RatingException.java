package vn.dangbo.rating;

/** A step of the review refused, with a Vietnamese message for the person who tried it. */
public class RatingException extends RuntimeException {

    public RatingException(String message) {
        super(message);
    }
}
