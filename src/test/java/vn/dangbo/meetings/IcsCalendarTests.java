package vn.dangbo.meetings;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcsCalendarTests {

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(IcsCalendar.escape("Nội dung: 1, 2; 3\\4\r\nDòng hai\nba"))
                .isEqualTo("Nội dung: 1\\, 2\\; 3\\\\4\\nDòng hai\\nba");
        assertThat(IcsCalendar.escape("a\u0007b")).as("control characters are dropped").isEqualTo("ab");
    }

    @Test
    void longLinesFoldAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String line = "DESCRIPTION:" + "Thông tin thời sự, chủ trương mới; tình hình tư tưởng đảng viên. ".repeat(6);
        String folded = IcsCalendar.fold(line);
        String[] physical = folded.split("\r\n", -1);
        assertThat(physical.length).isGreaterThan(3);
        for (int i = 0; i < physical.length; i++) {
            assertThat(physical[i].getBytes(StandardCharsets.UTF_8).length).as("line %d", i).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(physical[i]).startsWith(" ");
            }
            // no half character: every piece is valid UTF-8 on its own
            assertThat(new String(physical[i].getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
        }
        StringBuilder unfolded = new StringBuilder(physical[0]);
        for (int i = 1; i < physical.length; i++) {
            unfolded.append(physical[i].substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo(line);
        assertThat(IcsCalendar.fold("SUMMARY:ngắn")).isEqualTo("SUMMARY:ngắn");
    }

    @Test
    void aFeedHasCrlfLinesAndUtcTimes() {
        Instant start = Instant.parse("2026-12-10T07:00:00Z"); // 14:00 in Hà Nội
        String feed = IcsCalendar.feed("Họp chi bộ – Chi bộ 1, Văn phòng", List.of(new IcsCalendar.Event("meeting-7@dangbo",
                Instant.parse("2026-12-01T01:02:03Z"), start, start.plusSeconds(5400), "Họp chi bộ thường kỳ tháng 12/2026",
                "Phòng họp; tầng 2", "1. Thu đảng phí\n2. Thảo luận", "http://localhost:8080/meetings/7", false)));
        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(feed.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(feed).contains("\r\nDTSTART:20261210T070000Z\r\n", "\r\nDTEND:20261210T083000Z\r\n",
                "\r\nDTSTAMP:20261201T010203Z\r\n", "\r\nUID:meeting-7@dangbo\r\n", "\r\nLOCATION:Phòng họp\\; tầng 2\r\n",
                "\r\nDESCRIPTION:1. Thu đảng phí\\n2. Thảo luận\r\n", "X-WR-CALNAME:Họp chi bộ – Chi bộ 1\\, Văn phòng",
                "\r\nSTATUS:CONFIRMED\r\n");
    }

    @Test
    void aCancelledMeetingIsMarkedCancelledForCalendarApps() {
        Instant start = Instant.parse("2026-12-10T07:00:00Z");
        String feed = IcsCalendar.feed("Họp chi bộ", List.of(new IcsCalendar.Event("meeting-8@dangbo", start, start,
                start.plusSeconds(5400), "Đã hủy: Họp chi bộ thường kỳ tháng 12/2026", "Phòng họp", "Lý do: trùng lịch",
                "http://localhost:8080/meetings/8", true)));
        assertThat(feed).contains("\r\nSTATUS:CANCELLED\r\n").doesNotContain("CONFIRMED");
    }
}
