package vn.dangbo.congress;

/** No congress, election or round with that id. */
public class CongressNotFound extends RuntimeException {

    private CongressNotFound(String message) {
        super(message);
    }

    public static CongressNotFound congress(long id) {
        return new CongressNotFound("Không tìm thấy đại hội số " + id + ".");
    }

    public static CongressNotFound election(long id) {
        return new CongressNotFound("Không tìm thấy cuộc bầu cử số " + id + ".");
    }

    public static CongressNotFound round(long electionId, int number) {
        return new CongressNotFound("Cuộc bầu cử số " + electionId + " không có vòng " + number + ".");
    }
}
