package vn.dangbo.handbook;

/** No such document, or one the viewer may not read: both look the same from outside. */
public class DocumentNotFound extends HandbookException {

    private DocumentNotFound(String message) {
        super(message);
    }

    public static DocumentNotFound forId(long id) {
        return new DocumentNotFound("Không tìm thấy văn bản số " + id + ".");
    }
}
