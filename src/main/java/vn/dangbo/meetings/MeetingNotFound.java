package vn.dangbo.meetings;

/** No such meeting, or one the viewer may not see: the same answer, so ids reveal nothing. */
public class MeetingNotFound extends MeetingException {

    private MeetingNotFound(String message) {
        super(message);
    }

    public static MeetingNotFound forId(long id) {
        return new MeetingNotFound("Không tìm thấy cuộc họp số " + id + ".");
    }
}
