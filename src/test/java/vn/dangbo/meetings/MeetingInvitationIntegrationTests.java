package vn.dangbo.meetings;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangbo.accounts.AccountManagement;
import vn.dangbo.meetings.quorum.Presence;
import vn.dangbo.members.MemberData;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.notifications.NoticeBox;
import vn.dangbo.notifications.NoticeView;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.Viewer;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invitations reach every member on the rolls as a notice, and by a real SMTP server (GreenMail) those with an address. */
// These tests add cells of their own (MeetingFixtures); the context is not handed on to classes that count the demo's cells.
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest
class MeetingInvitationIntegrationTests {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    MeetingManagement meetings;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    AccountManagement accounts;
    @Autowired
    NoticeBox notices;

    @Test
    void sendingInvitationsNoticesTheRollsAndMailsThoseWithAnAddress() throws Exception {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        String address = giveAddress(cell.active()[0], "binh.tran" + cell.id() + "@example.vn");
        Viewer secretary = secretaryOf(cell);
        LocalDateTime at = LocalDateTime.now(VietnameseDates.ZONE).plusDays(10).withHour(14).withMinute(0).withSecond(0).withNano(0);
        String month = at.getMonthValue() + "/" + at.getYear();
        long id = meetings.create(secretary, new MeetingInput(null, MeetingKind.REGULAR, "", at,
                "Phòng họp tầng 2", "1. Thu đảng phí tháng " + month + ".\n2. Kiểm điểm nhiệm vụ tháng trước.", List.of()));

        MeetingManagement.Invitations sent = meetings.sendInvitations(secretary, id);

        assertThat(sent.invited()).as("all 7 on the rolls, the exempt and the away included").isEqualTo(7);
        assertThat(sent.byMail()).isEqualTo(1);
        assertThat(meetings.view(secretary, id).invitationsSentAt()).isNotNull();
        for (long member : List.of(cell.active()[3], cell.exempt(), cell.probationary())) {
            assertThat(notices.latest(member, 5)).extracting(NoticeView::subject).contains("Giấy mời họp chi bộ thường kỳ tháng " + month);
        }
        assertThat(notices.latest(cell.active()[0], 1).getFirst().link()).isEqualTo("/meetings/" + id);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = mailsTo(address).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Giấy mời họp chi bộ thường kỳ tháng " + month);
        assertThat((String) mail.getContent()).contains(VietnameseDates.weekdayDateTime(at.atZone(VietnameseDates.ZONE).toInstant()),
                "Phòng họp tầng 2", "Thu đảng phí tháng " + month,
                cell.name(), "/meetings/" + id);
    }

    @Test
    void cancellingAnInvitedMeetingTellsTheInvitedWhyAndKeepsItAsItWas() throws Exception {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        String address = giveAddress(cell.active()[1], "huy.hop" + cell.id() + "@example.vn");
        Viewer secretary = secretaryOf(cell);
        LocalDateTime at = LocalDateTime.now(VietnameseDates.ZONE).plusDays(12).withHour(8).withMinute(0).withSecond(0).withNano(0);
        long id = meetings.create(secretary, new MeetingInput(null, MeetingKind.REGULAR, "", at, "Hội trường", "Sinh hoạt định kỳ.", List.of()));
        meetings.sendInvitations(secretary, id);

        for (String bad : java.util.Arrays.asList(null, "", "   ", "x".repeat(301))) {
            assertThatThrownBy(() -> meetings.cancel(secretary, id, bad)).as(String.valueOf(bad)).isInstanceOf(MeetingException.class)
                    .hasMessageContaining("Lý do hủy");
        }
        assertThat(meetings.view(secretary, id).cancelled()).isFalse();
        Viewer member = new Viewer("dv", Set.of(Viewer.MEMBER), cell.id(), cell.active()[2]);
        assertThatThrownBy(() -> meetings.cancel(member, id, "Tôi bận")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Viewer otherSecretary = new Viewer("bt-khac", Set.of(Viewer.CELL_SECRETARY), cell.id() + 100_000, null);
        assertThatThrownBy(() -> meetings.cancel(otherSecretary, id, "Không phải chi bộ mình")).isInstanceOf(MeetingNotFound.class);

        meetings.cancel(secretary, id, "Trùng lịch hội nghị của Đảng ủy <b>cấp trên</b>");

        MeetingView cancelled = meetings.view(secretary, id);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelledBy()).isEqualTo(cell.secretaryLogin());
        assertThat(cancelled.cancelReason()).isEqualTo("Trùng lịch hội nghị của Đảng ủy <b>cấp trên</b>");
        assertThat(meetings.list(secretary, null)).filteredOn(m -> m.id() == id).singleElement()
                .satisfies(m -> assertThat(m.cancelled()).isTrue());
        assertThat(meetings.upcomingFor(cell.active()[2], 10)).extracting(MeetingView::id).doesNotContain(id);
        NoticeView notice = notices.latest(cell.active()[3], 1).getFirst();
        assertThat(notice.subject()).startsWith("Hủy: Giấy mời họp chi bộ thường kỳ");
        assertThat(notice.body()).contains("Trùng lịch hội nghị", VietnameseDates.weekdayDateTime(at.atZone(VietnameseDates.ZONE).toInstant()));
        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        assertThat(mailsTo(address).filter(m -> subject(m).startsWith("Hủy:"))).hasSize(1);

        assertThatThrownBy(() -> meetings.cancel(secretary, id, "Lần nữa")).hasMessageContaining("đã bị hủy rồi");
        assertThatThrownBy(() -> meetings.sendInvitations(secretary, id)).hasMessageContaining("đã bị hủy");
        assertThatThrownBy(() -> meetings.recordAttendance(secretary, id, List.of())).hasMessageContaining("đã bị hủy");
        assertThatThrownBy(() -> meetings.edit(secretary, id, new MeetingInput(null, MeetingKind.REGULAR, "", at.plusDays(1),
                "Hội trường", "Dời lịch.", List.of()))).hasMessageContaining("đã bị hủy");
        assertThat(meetings.view(secretary, id).startsAt()).isEqualTo(at.atZone(VietnameseDates.ZONE).toInstant());
    }

    @Test
    void aMeetingThatWasHeldCannotBeCancelled() {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        long id = meetings.create(MeetingFixtures.COMMITTEE, new MeetingInput(cell.id(), MeetingKind.REGULAR, "",
                LocalDateTime.now(VietnameseDates.ZONE).minusDays(1), "Phòng họp", "Họp tháng.", List.of()));
        meetings.recordAttendance(MeetingFixtures.COMMITTEE, id, meetings.attendanceSheet(MeetingFixtures.COMMITTEE, id).stream()
                .map(l -> new AttendanceInput(l.memberId(), Presence.PRESENT, null, false, false)).toList());
        assertThatThrownBy(() -> meetings.cancel(MeetingFixtures.COMMITTEE, id, "Nhầm"))
                .hasMessageContaining("đã được điểm danh");
        assertThat(meetings.view(MeetingFixtures.COMMITTEE, id).cancelled()).isFalse();
    }

    @Test
    void invitationsLessThanADayAheadAreRefusedByR19() {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        long id = meetings.create(MeetingFixtures.COMMITTEE, new MeetingInput(cell.id(), MeetingKind.REGULAR, "",
                LocalDateTime.now(vn.dangbo.shared.VietnameseDates.ZONE).plusHours(20), "Phòng họp", "Họp gấp.", List.of()));
        assertThatThrownBy(() -> meetings.sendInvitations(MeetingFixtures.COMMITTEE, id))
                .hasMessageContaining("trước ít nhất 1 ngày");
        assertThat(meetings.view(MeetingFixtures.COMMITTEE, id).invited()).isFalse();
        assertThat(notices.latest(cell.active()[1], 5)).isEmpty();
    }

    @Test
    void anAddressThatIsNotOneIsRefusedInVietnamese() {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        MemberView binh = registry.view(cell.active()[1], MeetingFixtures.COMMITTEE);
        for (String bad : List.of("không có @", "a@b", "<script>@x.vn", "x".repeat(250) + "@example.vn", "a@@b.vn")) {
            assertThatThrownBy(() -> registry.updateProfile(binh.id(), dataOf(binh).withEmail(bad), MeetingFixtures.COMMITTEE))
                    .as(bad).hasMessageContaining("e-mail không hợp lệ");
        }
        assertThat(registry.view(binh.id(), MeetingFixtures.COMMITTEE).email()).isNull();
    }

    /** The member's e-mail address set through the registry, as the committee would. */
    String giveAddress(long memberId, String address) {
        MemberView member = registry.view(memberId, MeetingFixtures.COMMITTEE);
        registry.updateProfile(member.id(), dataOf(member).withEmail(address), MeetingFixtures.COMMITTEE);
        return address;
    }

    static Viewer secretaryOf(MeetingFixtures.TestCell cell) {
        return new Viewer(cell.secretaryLogin(), Set.of(Viewer.CELL_SECRETARY), cell.id(), cell.active()[0]);
    }

    static Stream<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) { // a message without recipients is not one to them
                return false;
            }
        });
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MemberData dataOf(MemberView v) {
        return new MemberData(v.fullName(), v.birthDate(), v.gender(), v.ethnicity(), v.religion(), v.hometown(), v.citizenId(),
                v.partyCardNumber(), v.phone(), v.cellId(), v.education(), v.politicalTheory(), v.job(), v.admittedOn(), v.officialOn(),
                v.kind(), v.email());
    }
}
