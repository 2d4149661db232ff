package vn.dangbo.organization;

public class OrganizationNotFound extends RuntimeException {

    private OrganizationNotFound(String message) {
        super(message);
    }

    public static OrganizationNotFound forId(long id) {
        return new OrganizationNotFound("Không tìm thấy tổ chức đảng có mã " + id + ".");
    }
}
