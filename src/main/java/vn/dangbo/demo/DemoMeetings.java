package vn.dangbo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.meetings.AttendanceInput;
import vn.dangbo.meetings.AttendanceLine;
import vn.dangbo.meetings.LinkedDocument;
import vn.dangbo.meetings.MeetingInput;
import vn.dangbo.meetings.MeetingKind;
import vn.dangbo.meetings.MeetingManagement;
import vn.dangbo.meetings.MinutesInput;
import vn.dangbo.meetings.quorum.Presence;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.organization.Position;
import vn.dangbo.organization.PositionHolder;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.Viewer;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A year of meetings for each demo cell, ending with next month's: a regular meeting early in
 * every month and a thematic one in the last month of each quarter (R21), with attendance, short
 * minutes of our own and the resolution's vote. Meetings still to come are announced but nobody
 * is notified: the demo never sends mail.
 */
@Component
class DemoMeetings {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
    private static final Viewer SYSTEM = new Viewer("hệ thống", Set.of(Viewer.ADMIN), null, null);
    private static final List<String> REASONS = List.of("Đi công tác theo quyết định của cơ quan", "Ốm, có đơn xin phép",
            "Việc gia đình, đã báo bí thư chi bộ", "Tham gia lớp bồi dưỡng nghiệp vụ");
    private static final List<String> TOPICS = List.of(
            "Nâng cao chất lượng sinh hoạt chi bộ",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Nhận diện và phòng ngừa biểu hiện suy thoái theo Nghị quyết Trung ương 4 khóa XII",
            "Chuyển đổi số trong công tác quản lý khoa học và công nghệ");

    private final MeetingManagement meetings;
    private final OrganizationDirectory organization;
    private final MemberRegistry registry;
    private final TransactionTemplate transaction;

    DemoMeetings(MeetingManagement meetings, OrganizationDirectory organization, MemberRegistry registry,
                 TransactionTemplate transaction) {
        this.meetings = meetings;
        this.organization = organization;
        this.registry = registry;
        this.transaction = transaction;
    }

    boolean loadIfEmpty() {
        if (!meetings.isEmpty() || organization.activeCells().isEmpty()) {
            return false;
        }
        log.info("Demo data loaded: {} cell meetings", load());
        return true;
    }

    /** One transaction a meeting, so that the persistence context stays small however many there are. */
    private int load() {
        LocalDate today = registry.today();
        List<LinkedDocument> documents = meetings.documentChoices(SYSTEM);
        Random random = new Random(20261201);
        int count = 0;
        for (OrganizationUnit cell : organization.activeCells()) {
            List<PositionHolder> positions = organization.positionsIn(cell.id(), registry).stream().filter(PositionHolder::current).toList();
            Long secretary = holder(positions, Position.SECRETARY);
            Long deputy = holder(positions, Position.DEPUTY_SECRETARY);
            for (int back = 12; back >= -1; back--) {
                LocalDate month = today.withDayOfMonth(1).minusMonths(back);
                LocalDateTime regular = weekday(month.withDayOfMonth(5)).atTime(LocalTime.of(14, 0));
                count += transaction.execute(status -> meeting(cell, MeetingKind.REGULAR, regular, today, documents, secretary, deputy, random));
                if (month.getMonthValue() % 3 == 0) {
                    LocalDateTime thematic = weekday(month.withDayOfMonth(20)).atTime(LocalTime.of(8, 0));
                    count += transaction.execute(status -> meeting(cell, MeetingKind.THEMATIC, thematic, today, documents, secretary, deputy, random));
                }
            }
        }
        return count;
    }

    private int meeting(OrganizationUnit cell, MeetingKind kind, LocalDateTime at, LocalDate today, List<LinkedDocument> documents,
                        Long secretary, Long deputy, Random random) {
        String topic = kind == MeetingKind.THEMATIC ? TOPICS.get((at.getMonthValue() / 3) % TOPICS.size()) : "";
        List<Long> linked = kind == MeetingKind.THEMATIC && !documents.isEmpty()
                ? List.of(documents.get(random.nextInt(documents.size())).id()) : List.of();
        long id = meetings.create(SYSTEM, new MeetingInput(cell.id(), kind, topic, at, "Phòng họp tầng 2, trụ sở Sở Khoa học và Công nghệ",
                agenda(kind, at, topic), linked));
        if (!at.toLocalDate().isBefore(today)) {
            return 1; // still to come: announced, not yet invited
        }
        meetings.recordPastInvitations(SYSTEM, id, at.atZone(VietnameseDates.ZONE).toInstant().minus(Duration.ofDays(4)));
        List<AttendanceInput> marks = new ArrayList<>();
        for (AttendanceLine line : meetings.attendanceSheet(SYSTEM, id)) {
            boolean leads = line.memberId() == (secretary == null ? -1 : secretary) || line.memberId() == (deputy == null ? -1 : deputy);
            int roll = random.nextInt(100);
            if (line.exempt() || line.attachedElsewhere()) {
                marks.add(new AttendanceInput(line.memberId(), Presence.ABSENT_WITH_REASON, line.exempt() ? "Miễn sinh hoạt" : "Sinh hoạt tạm thời nơi khác", false, false));
            } else if (leads || roll < 84) {
                marks.add(new AttendanceInput(line.memberId(), Presence.PRESENT, null, false, false));
            } else if (roll < 97) {
                marks.add(new AttendanceInput(line.memberId(), Presence.ABSENT_WITH_REASON, REASONS.get(random.nextInt(REASONS.size())), false, false));
            } else {
                marks.add(new AttendanceInput(line.memberId(), Presence.ABSENT_WITHOUT_REASON, null, false, false));
            }
        }
        var quorum = meetings.recordAttendance(SYSTEM, id, marks);
        Long anyone = marks.stream().filter(m -> m.presence() == Presence.PRESENT).map(AttendanceInput::memberId).findFirst().orElse(null);
        Long chair = secretary != null ? secretary : anyone;
        Long minuteTaker = deputy != null ? deputy : anyone;
        int voters = quorum.voters();
        int against = voters > 3 && random.nextInt(5) == 0 ? 1 : 0;
        String month = at.getMonthValue() + "/" + at.getYear();
        meetings.recordMinutes(SYSTEM, id, new MinutesInput(chair, minuteTaker,
                kind == MeetingKind.REGULAR
                        ? "Các đồng chí đảng viên thống nhất với báo cáo kết quả công tác tháng trước.\n"
                          + "Ý kiến đề nghị đẩy nhanh tiến độ thẩm định các nhiệm vụ khoa học và công nghệ còn chậm.\n"
                          + "Đề nghị chi bộ quan tâm nắm bắt tư tưởng đảng viên trẻ."
                        : "Đảng viên liên hệ bản thân với chuyên đề \"" + topic + "\" và nêu việc làm cụ thể của mình.\n"
                          + "Chi bộ trao đổi cách đưa nội dung chuyên đề vào chương trình công tác của cơ quan.",
                "Chi bộ hoàn thành các nhiệm vụ tháng " + month + "; phân công đảng viên phụ trách từng việc của tháng tới, "
                        + "báo cáo kết quả tại kỳ họp sau.",
                kind == MeetingKind.REGULAR
                        ? "1. Thực hiện đúng tiến độ các nhiệm vụ chuyên môn được giao.\n2. Mỗi đảng viên nộp đảng phí đúng hạn.\n"
                          + "3. Giao bí thư chi bộ đôn đốc, kiểm tra việc thực hiện."
                        : "Mỗi đảng viên đăng ký một việc làm cụ thể theo chuyên đề và báo cáo tại kỳ họp cuối quý.",
                voters - against, against));
        return 1;
    }

    private static String agenda(MeetingKind kind, LocalDateTime at, String topic) {
        String month = at.getMonthValue() + "/" + at.getYear();
        if (kind == MeetingKind.THEMATIC) {
            return "1. Báo cáo tình hình đảng viên dự họp.\n2. Đồng chí bí thư trình bày chuyên đề: " + topic + ".\n"
                    + "3. Đảng viên thảo luận, liên hệ bản thân.\n4. Kết luận; biểu quyết; thông qua biên bản.";
        }
        return "1. Thu đảng phí tháng " + month + ".\n"
                + "2. Báo cáo tình hình đảng viên: tổng số, miễn sinh hoạt, có mặt, vắng mặt và lý do.\n"
                + "3. Thông qua chương trình; cử thư ký cuộc họp.\n"
                + "4. Thông tin thời sự, chủ trương mới; tình hình tư tưởng đảng viên.\n"
                + "5. Kiểm điểm nhiệm vụ tháng trước; phân công nhiệm vụ tháng tới.\n"
                + "6. Thảo luận; biểu quyết nghị quyết; thông qua biên bản.";
    }

    private static Long holder(List<PositionHolder> positions, Position position) {
        return positions.stream().filter(p -> p.position() == position).map(PositionHolder::memberId).findFirst().orElse(null);
    }

    /** The working day on or after a date. */
    private static LocalDate weekday(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY ? date.plusDays(2) : date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }
}
