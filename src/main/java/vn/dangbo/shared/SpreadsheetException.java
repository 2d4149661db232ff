package vn.dangbo.shared;

/** An uploaded file that cannot be read as a workbook; the message is in Vietnamese and shown as it is. */
public class SpreadsheetException extends RuntimeException {

    public SpreadsheetException(String message) {
        super(message);
    }

    public SpreadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
