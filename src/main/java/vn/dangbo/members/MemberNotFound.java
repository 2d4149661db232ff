package vn.dangbo.members;

public class MemberNotFound extends RuntimeException {

    private MemberNotFound(String message) {
        super(message);
    }

    public static MemberNotFound forId(long id) {
        return new MemberNotFound("Không tìm thấy đảng viên có mã " + id + ".");
    }
}
