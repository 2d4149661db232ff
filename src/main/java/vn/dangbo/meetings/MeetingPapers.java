package vn.dangbo.meetings;

import vn.dangbo.meetings.quorum.Presence;
import vn.dangbo.meetings.quorum.Quorum;
import vn.dangbo.shared.PartyDocument;
import vn.dangbo.shared.VietnameseDates;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The minutes (biên bản) and the resolution (nghị quyết) of a meeting as party-format documents:
 * the cell issues them under its committee, numbered "05-BB/CB" and "05-NQ/CB" by the meeting.
 */
final class MeetingPapers {

    private MeetingPapers() {
    }

    static PartyDocument minutes(MeetingView m, Quorum q, String superior, String chairTitle, String place) {
        List<PartyDocument.Block> body = new ArrayList<>();
        ZonedDateTime at = m.startsAt().atZone(VietnameseDates.ZONE);
        body.add(new PartyDocument.Paragraph("Hồi " + at.getHour() + " giờ " + two(at.getMinute()) + " phút, "
                + VietnameseDates.weekday(at.getDayOfWeek()).toLowerCase(vn.dangbo.shared.VietnameseText.LOCALE)
                + ", ngày " + VietnameseDates.date(at.toLocalDate()) + ", tại " + m.place() + ", " + m.cellName()
                + " họp chi bộ " + m.kind().vietnamese() + (m.topic().isBlank() ? "" : " về chuyên đề: " + m.topic()) + "."));
        body.add(new PartyDocument.Heading("I. THÀNH PHẦN"));
        body.add(new PartyDocument.Field("Chủ trì", "đồng chí " + m.chairName()));
        body.add(new PartyDocument.Field("Thư ký", "đồng chí " + m.minuteTakerName()));
        body.add(new PartyDocument.Paragraph("Tổng số đảng viên của chi bộ: " + q.onRolls() + " (chính thức " + q.official()
                + ", dự bị " + (q.onRolls() - q.official()) + "). Có mặt: " + q.present() + "; vắng có lý do: " + absent(m, Presence.ABSENT_WITH_REASON)
                + "; vắng không có lý do: " + absent(m, Presence.ABSENT_WITHOUT_REASON) + "."));
        body.add(new PartyDocument.Paragraph("Số đảng viên chính thức tính khi biểu quyết: " + q.base() + " (không tính " + q.excluded()
                + " đồng chí miễn sinh hoạt vắng mặt, đình chỉ sinh hoạt, sinh hoạt tạm thời nơi khác hoặc được cấp có thẩm quyền cho vắng); có mặt "
                + q.presentInBase() + ". Cuộc họp " + (q.quorate() ? "đủ" : "không đủ") + " số lượng theo quy định."));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (AttendanceLine line : m.attendance()) {
            rows.add(List.of(String.valueOf(n++), line.memberName(), line.official() ? "Chính thức" : "Dự bị", presence(line), note(line)));
        }
        body.add(new PartyDocument.Table(List.of("TT", "Họ và tên", "Đảng viên", "Tham dự", "Ghi chú"), rows));
        body.add(new PartyDocument.Heading("II. NỘI DUNG"));
        paragraphs(body, m.agenda());
        if (!m.documents().isEmpty()) {
            body.add(new PartyDocument.Field("Tài liệu", ""));
            body.add(new PartyDocument.Bullets(m.documents().stream().map(d -> d.number() + " – " + d.title()).toList()));
        }
        body.add(new PartyDocument.Heading("III. Ý KIẾN THẢO LUẬN"));
        paragraphs(body, m.discussion());
        body.add(new PartyDocument.Heading("IV. KẾT LUẬN"));
        paragraphs(body, m.conclusions());
        if (m.hasResolution()) {
            body.add(new PartyDocument.Heading("V. BIỂU QUYẾT"));
            body.add(new PartyDocument.Paragraph(vote(m, q)));
        }
        body.add(new PartyDocument.Paragraph("Biên bản đã được đọc lại trước chi bộ và được chi bộ thông qua."));
        return new PartyDocument(superior, m.cellName(), m.minutesNumber(), place, at.toLocalDate(), "Biên bản",
                summary(m), body,
                List.of(new PartyDocument.Signature("", "Thư ký", nameOf(m.minuteTakerName())),
                        new PartyDocument.Signature("T/M Chi bộ", chairTitle, nameOf(m.chairName()))),
                List.of());
    }

    static PartyDocument resolution(MeetingView m, Quorum q, String superior, String chairTitle, String place) {
        List<PartyDocument.Block> body = new ArrayList<>();
        ZonedDateTime at = m.startsAt().atZone(VietnameseDates.ZONE);
        body.add(new PartyDocument.Paragraph("Căn cứ Điều lệ Đảng Cộng sản Việt Nam và các quy định thi hành Điều lệ Đảng;"));
        body.add(new PartyDocument.Paragraph("Căn cứ kết quả cuộc họp chi bộ ngày " + VietnameseDates.date(at.toLocalDate()) + " (biên bản số "
                + m.minutesNumber() + ");"));
        body.add(new PartyDocument.Heading("CHI BỘ QUYẾT NGHỊ:"));
        paragraphs(body, m.resolution());
        body.add(new PartyDocument.Paragraph(vote(m, q)));
        return new PartyDocument(superior, m.cellName(), m.resolutionNumber(), place, at.toLocalDate(), "Nghị quyết",
                summary(m), body,
                List.of(new PartyDocument.Signature("T/M Chi bộ", chairTitle, nameOf(m.chairName()))),
                List.of(superior.isBlank() ? "Cấp ủy cấp trên (để b/c)" : superior + " (để b/c)", "Các đảng viên trong chi bộ",
                        "Lưu chi bộ"));
    }

    /** "họp chi bộ thường kỳ tháng 12 năm 2026". */
    static String summary(MeetingView m) {
        ZonedDateTime at = m.startsAt().atZone(VietnameseDates.ZONE);
        return "họp chi bộ " + m.kind().vietnamese() + " tháng " + two(at.getMonthValue()) + " năm " + at.getYear()
                + (m.topic().isBlank() ? "" : ": " + m.topic());
    }

    private static String vote(MeetingView m, Quorum q) {
        int inFavour = m.votesFor() == null ? 0 : m.votesFor();
        int against = m.votesAgainst() == null ? 0 : m.votesAgainst();
        return "Biểu quyết thông qua nghị quyết: " + inFavour + "/" + q.base() + " đảng viên tán thành (" + percent(inFavour, q.base())
                + "), " + against + " không tán thành. Nghị quyết " + (q.resolutionValid(inFavour) ? "có giá trị" : "không có giá trị")
                + " (cần hơn một nửa, tức ít nhất " + q.neededInFavour() + " đảng viên tán thành).";
    }

    private static String percent(int part, int whole) {
        if (whole == 0) {
            return "0%";
        }
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole).replace('.', ',');
    }

    private static int absent(MeetingView m, Presence presence) {
        return (int) m.attendance().stream().filter(l -> l.presence() == presence).count();
    }

    private static String presence(AttendanceLine line) {
        return switch (line.presence()) {
            case PRESENT -> "Có mặt";
            case ABSENT_WITH_REASON -> "Vắng có lý do";
            case ABSENT_WITHOUT_REASON -> "Vắng không lý do";
            case null -> "";
        };
    }

    private static String note(AttendanceLine line) {
        List<String> notes = new ArrayList<>();
        if (line.reason() != null) {
            notes.add(line.reason());
        }
        if (line.exempt()) {
            notes.add("miễn sinh hoạt");
        }
        if (line.attachedElsewhere()) {
            notes.add("sinh hoạt tạm thời nơi khác");
        }
        if (line.suspended()) {
            notes.add("đình chỉ sinh hoạt");
        }
        if (line.excused()) {
            notes.add("cấp có thẩm quyền cho vắng");
        }
        return String.join("; ", notes);
    }

    private static void paragraphs(List<PartyDocument.Block> body, String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                body.add(new PartyDocument.Paragraph(line.strip()));
            }
        }
    }

    private static String nameOf(String name) {
        return name == null ? "" : name;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
