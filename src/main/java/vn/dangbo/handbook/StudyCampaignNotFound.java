package vn.dangbo.handbook;

/** A campaign that does not exist, or is not assigned to the viewer's cell: the same answer for both. */
public class StudyCampaignNotFound extends HandbookException {

    private StudyCampaignNotFound(String message) {
        super(message);
    }

    public static StudyCampaignNotFound forId(long id) {
        return new StudyCampaignNotFound("Không có đợt học tập số " + id + ", hoặc đợt này không giao cho chi bộ của bạn.");
    }
}
