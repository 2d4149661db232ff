package vn.dangbo.meetings.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangbo.meetings.MeetingManagement;
import vn.dangbo.meetings.MeetingView;
import vn.dangbo.meetings.MemberAttendance;
import vn.dangbo.shared.HandbookPanel;
import vn.dangbo.shared.Viewer;

import java.util.List;

/** "Cuộc họp sắp tới" on the handbook page: my cell's next meetings and my attendance this past year. */
@Component
class MeetingPanel implements HandbookPanel {

    private final MeetingManagement meetings;

    MeetingPanel(MeetingManagement meetings) {
        this.meetings = meetings;
    }

    record Content(List<MeetingView> upcoming, MemberAttendance attendance) {
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "meetings/panel";
    }

    @Override
    public String fragment() {
        return "upcoming";
    }

    @Override
    public @Nullable Object content(Viewer viewer) {
        if (viewer.memberId() == null) {
            return null;
        }
        return new Content(meetings.upcomingFor(viewer.memberId(), 3), meetings.attendanceOf(viewer.memberId(), 12));
    }
}
