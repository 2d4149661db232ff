package vn.dangbo.congress.ballotlog;

/** The text is not JSON, or not JSON this reader accepts; the message gives line and column. */
public class JsonSyntaxError extends Exception {

    public JsonSyntaxError(String message) {
        super(message);
    }
}
