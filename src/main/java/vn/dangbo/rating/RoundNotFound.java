package vn.dangbo.rating;

/** No review round for the year asked. */
public class RoundNotFound extends RatingException {

    private RoundNotFound(String message) {
        super(message);
    }

    public static RoundNotFound forYear(int year) {
        return new RoundNotFound("Chưa mở đợt kiểm điểm, đánh giá, xếp loại năm " + year + ".");
    }
}
