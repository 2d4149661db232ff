package vn.dangbo.meetings;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.accounts.AccountManagement;
import vn.dangbo.handbook.DocumentLibrary;
import vn.dangbo.handbook.DocumentQuery;
import vn.dangbo.handbook.DocumentVisibility;
import vn.dangbo.meetings.quorum.Presence;
import vn.dangbo.meetings.quorum.Quorum;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Meetings on a real database through the real pages: who may see and change what, the R25 counts, hostile input. */
// These tests add cells of their own (MeetingFixtures); the context is not handed on to classes that count the demo's cells.
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest
@AutoConfigureMockMvc
class MeetingIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    AccountManagement accounts;
    @Autowired
    DocumentLibrary library;

    private long meetingIn(MeetingFixtures.TestCell cell, String place) {
        return meetings.create(MeetingFixtures.COMMITTEE, new MeetingInput(cell.id(), MeetingKind.REGULAR, "",
                LocalDateTime.now().plusDays(5).withSecond(0).withNano(0), place, "1. Thu đảng phí.\n2. Thảo luận.", List.of()));
    }

    private static List<AttendanceInput> everyonePresent(List<AttendanceLine> sheet) {
        return sheet.stream().map(l -> new AttendanceInput(l.memberId(), Presence.PRESENT, null, false, false)).toList();
    }

    @Test
    void theR25BaseLeavesOutTheExemptWhoStayAwayTheAwayTheSuspendedAndTheExcused() {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        long id = meetingIn(cell, "Phòng họp R25");
        Viewer secretary = new Viewer(cell.secretaryLogin(), Set.of(Viewer.CELL_SECRETARY), cell.id(), cell.active()[0]);

        List<AttendanceLine> sheet = meetings.attendanceSheet(secretary, id);
        assertThat(sheet).hasSize(7);
        List<AttendanceInput> marks = new ArrayList<>();
        for (AttendanceLine line : sheet) {
            long m = line.memberId();
            if (m == cell.active()[0] || m == cell.active()[1] || m == cell.probationary()) {
                marks.add(new AttendanceInput(m, Presence.PRESENT, null, false, false));
            } else if (m == cell.active()[2]) {
                marks.add(new AttendanceInput(m, Presence.ABSENT_WITH_REASON, "Đi công tác", false, true)); // excused by a competent body
            } else if (m == cell.active()[3]) {
                marks.add(new AttendanceInput(m, Presence.ABSENT_WITHOUT_REASON, null, false, false));
            } else {
                marks.add(new AttendanceInput(m, Presence.ABSENT_WITH_REASON, "Vắng", false, false)); // the exempt and the away
            }
        }
        Quorum quorum = meetings.recordAttendance(secretary, id, marks);

        // 6 official (the probationary does not count); less the exempt who stayed away, the away, the excused: 3.
        assertThat(quorum.onRolls()).isEqualTo(7);
        assertThat(quorum.official()).isEqualTo(6);
        assertThat(quorum.base()).isEqualTo(3);
        assertThat(quorum.presentInBase()).isEqualTo(2);
        assertThat(quorum.present()).isEqualTo(3);
        assertThat(quorum.quorate()).isTrue();
        assertThat(quorum.neededInFavour()).isEqualTo(2);

        meetings.recordMinutes(secretary, id, new MinutesInput(cell.active()[0], cell.active()[1], "Thảo luận.", "Kết luận.",
                "Chi bộ quyết nghị.", 2, 0));
        assertThat(meetings.resolutionDocument(secretary, id, "Hà Tĩnh").kind()).isEqualTo("Nghị quyết");
        assertThatThrownBy(() -> meetings.recordMinutes(secretary, id, new MinutesInput(cell.active()[0], cell.active()[1], "Thảo luận.",
                "Kết luận.", "Chi bộ quyết nghị.", 3, 0)))
                .as("more votes than members of the base present").hasMessageContaining("vượt số đảng viên chính thức có mặt");
        assertThatThrownBy(() -> meetings.recordMinutes(secretary, id, new MinutesInput(cell.active()[3], cell.active()[1], "Thảo luận.",
                "Kết luận.", "", null, null))).as("an absent chair").hasMessageContaining("chủ trì");

        // Marking one present member suspended takes them out: 1 of 2 is no longer a quorum, the resolution falls.
        List<AttendanceInput> suspended = new ArrayList<>(marks);
        suspended.replaceAll(a -> a.memberId() == cell.active()[1] ? new AttendanceInput(a.memberId(), Presence.PRESENT, null, true, false) : a);
        Quorum after = meetings.recordAttendance(secretary, id, suspended);
        assertThat(after.base()).isEqualTo(2);
        assertThat(after.quorate()).isFalse();
        assertThatThrownBy(() -> meetings.resolutionDocument(secretary, id, "Hà Tĩnh")).hasMessageContaining("không có giá trị");
    }

    @Test
    void attendanceNeedsEveryMemberMarkedAndAReasonForAnExcusedAbsence() {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        long id = meetingIn(cell, "Phòng họp điểm danh");
        List<AttendanceLine> sheet = meetings.attendanceSheet(MeetingFixtures.COMMITTEE, id);
        List<AttendanceInput> missingOne = everyonePresent(sheet).subList(1, sheet.size());
        assertThatThrownBy(() -> meetings.recordAttendance(MeetingFixtures.COMMITTEE, id, missingOne))
                .hasMessageContaining("Chưa đánh dấu").hasMessageContaining(sheet.getFirst().memberName());
        List<AttendanceInput> noReason = new ArrayList<>(everyonePresent(sheet));
        noReason.set(0, new AttendanceInput(sheet.getFirst().memberId(), Presence.ABSENT_WITH_REASON, "   ", false, false));
        assertThatThrownBy(() -> meetings.recordAttendance(MeetingFixtures.COMMITTEE, id, noReason)).hasMessageContaining("lý do");
        List<AttendanceInput> stranger = new ArrayList<>(everyonePresent(sheet));
        stranger.add(new AttendanceInput(987_654_321L, Presence.PRESENT, null, false, false));
        assertThatThrownBy(() -> meetings.recordAttendance(MeetingFixtures.COMMITTEE, id, stranger)).hasMessageContaining("không có trong danh sách");
        assertThat(meetings.view(MeetingFixtures.COMMITTEE, id).attendanceRecorded()).as("nothing saved").isFalse();
    }

    @Test
    void aSecretaryOfAnotherCellFindsNothingAndChangesNothing() throws Exception {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        var other = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        long id = meetingIn(cell, "Phòng họp riêng " + cell.id());
        MockHttpSession stranger = login(other.secretaryLogin());

        mvc.perform(get("/meetings/" + id).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + id + "/edit").session(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/" + id).session(stranger).with(csrf()).param("kind", "REGULAR").param("place", "Đã bị sửa")
                .param("agenda", "x").param("startsAt", "2026-12-20T08:00")).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/" + id + "/invitations").session(stranger).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/" + id + "/attendance").session(stranger).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + id + "/minutes.docx").session(stranger)).andExpect(status().isNotFound());
        String list = mvc.perform(get("/meetings").session(stranger)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("Phòng họp riêng " + cell.id());

        MeetingView unchanged = meetings.view(MeetingFixtures.COMMITTEE, id);
        assertThat(unchanged.place()).isEqualTo("Phòng họp riêng " + cell.id());
        assertThat(unchanged.invited()).isFalse();

        // a secretary cannot hold a meeting for another cell by naming it either
        long made = meetings.create(new Viewer(other.secretaryLogin(), Set.of(Viewer.CELL_SECRETARY), other.id(), other.active()[0]),
                new MeetingInput(cell.id(), MeetingKind.REGULAR, "", LocalDateTime.now().plusDays(3), "P", "A", List.of()));
        assertThat(meetings.view(MeetingFixtures.COMMITTEE, made).cellId()).isEqualTo(other.id());
    }

    @Test
    void aMemberReadsTheirCellsMeetingButCannotChangeIt() throws Exception {
        long cell2 = registry.cellOnRolls(accountMember("dangvien")).orElseThrow();
        long id = meetings.create(MeetingFixtures.COMMITTEE, new MeetingInput(cell2, MeetingKind.THEMATIC, "Chuyển đổi số",
                LocalDateTime.now().plusDays(4), "Hội trường", "Nội dung chuyên đề.", List.of()));
        MockHttpSession member = login("dangvien");
        String page = mvc.perform(get("/meetings/" + id).session(member)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Chuyển đổi số", "Hội trường").doesNotContain("Lưu điểm danh", "Gửi giấy mời");
        mvc.perform(get("/meetings/" + id + "/edit").session(member)).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + id).session(member).with(csrf()).param("kind", "REGULAR").param("place", "Đổi")
                .param("agenda", "x").param("startsAt", "2026-12-20T08:00")).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + id + "/invitations").session(member).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + id + "/minutes").session(member).with(csrf()).param("discussion", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/new").session(member)).andExpect(status().isForbidden());
        assertThat(meetings.view(MeetingFixtures.COMMITTEE, id).place()).isEqualTo("Hội trường");
        assertThat(meetings.view(MeetingFixtures.COMMITTEE, id).invited()).isFalse();
    }

    @Test
    void hostileInputIsShownEscapedOrRefusedWithAMessage() throws Exception {
        MockHttpSession committee = login("bithu.dangbo");
        long cell = organization.activeCells().getFirst().id();
        String when = LocalDateTime.now().plusDays(6).withSecond(0).withNano(0).toString();
        int before = meetings.list(MeetingFixtures.COMMITTEE, null).size();

        String huge = "x".repeat(1_000_000);
        String refused = mvc.perform(post("/meetings").session(committee).with(csrf()).param("cellId", String.valueOf(cell))
                        .param("kind", "REGULAR").param("startsAt", when).param("place", "Phòng A").param("agenda", huge))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Nội dung cuộc họp quá dài: tối đa 10.000 ký tự");

        String unknownDocument = mvc.perform(post("/meetings").session(committee).with(csrf()).param("cellId", String.valueOf(cell))
                        .param("kind", "REGULAR").param("startsAt", when).param("place", "Phòng A").param("agenda", "Họp")
                        .param("documentIds", "987654321"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknownDocument).contains("Văn bản mã số 987654321 không có trong thư viện");
        long committeeOnly = library.search(MeetingFixtures.COMMITTEE, DocumentQuery.all(), 0).hits().stream()
                .filter(h -> h.visibility() == DocumentVisibility.COMMITTEE_ONLY).findFirst().orElseThrow().id();
        String secret = mvc.perform(post("/meetings").session(committee).with(csrf()).param("cellId", String.valueOf(cell))
                        .param("kind", "REGULAR").param("startsAt", when).param("place", "Phòng A").param("agenda", "Họp")
                        .param("documentIds", String.valueOf(committeeOnly)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(secret).as("a committee-only document is not for a meeting").contains("không phải văn bản mọi đảng viên được đọc");
        String garbage = mvc.perform(post("/meetings").session(committee).with(csrf()).param("cellId", "1 OR 1=1")
                        .param("kind", "DROP TABLE").param("startsAt", "hôm nay").param("place", "").param("agenda", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(garbage).contains("Chi bộ đã chọn không tồn tại");
        assertThat(meetings.list(MeetingFixtures.COMMITTEE, null)).as("nothing saved").hasSize(before);

        MvcResult made = mvc.perform(post("/meetings").session(committee).with(csrf()).param("cellId", String.valueOf(cell))
                        .param("kind", "REGULAR").param("startsAt", when).param("place", "<b>Phòng</b>")
                        .param("agenda", "<script>alert('x')</script>\n2. Thảo luận"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String shown = mvc.perform(get(made.getResponse().getRedirectedUrl()).session(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b&gt;Phòng&lt;/b&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void theMinutesAndTheResolutionArePartyDocumentsOfTheCell() throws Exception {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        long id = meetingIn(cell, "Phòng họp tài liệu");
        List<AttendanceLine> sheet = meetings.attendanceSheet(MeetingFixtures.COMMITTEE, id);
        meetings.recordAttendance(MeetingFixtures.COMMITTEE, id, everyonePresent(sheet));
        meetings.recordMinutes(MeetingFixtures.COMMITTEE, id, new MinutesInput(cell.active()[0], cell.active()[1],
                "Ý kiến: đẩy nhanh tiến độ.", "Chi bộ hoàn thành nhiệm vụ.", "1. Thực hiện đúng tiến độ.", 5, 0));
        MockHttpSession secretary = login(cell.secretaryLogin());

        byte[] docx = mvc.perform(get("/meetings/" + id + "/minutes.docx").session(secretary)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", cell.name().toUpperCase(vn.dangbo.shared.VietnameseText.LOCALE),
                    "ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ", "BIÊN BẢN", "-BB/CB", "THƯ KÝ", "T/M CHI BỘ", "BÍ THƯ", "Trần Văn Bình",
                    "Ý kiến: đẩy nhanh tiến độ.", "Có mặt", "Hà Tĩnh, ngày");
        }
        byte[] minutesPdf = mvc.perform(get("/meetings/" + id + "/minutes.pdf").session(secretary)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(minutesPdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN", "-BB/CB", "Trần Văn Bình");
        }
        byte[] pdf = mvc.perform(get("/meetings/" + id + "/resolution.pdf").session(secretary)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("NGHỊ QUYẾT", "-NQ/CB", "1. Thực hiện đúng tiến độ.", "5/5");
        }
        // 6 on the rolls are official; the exempt was present, the away is out: base 5, all 5 in favour.
        assertThat(meetings.quorum(meetings.view(MeetingFixtures.COMMITTEE, id)).base()).isEqualTo(5);
    }

    @Test
    void theCalendarFeedNeedsNoLoginShowsOnlyTheMembersCellAndDiesWithANewLink() throws Exception {
        var cell = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        var other = MeetingFixtures.sevenMemberCell(organization, registry, accounts);
        meetingIn(cell, "Phòng lịch " + cell.id());
        meetingIn(other, "Phòng lịch " + other.id());
        Viewer member = new Viewer("m", Set.of(Viewer.MEMBER), cell.id(), cell.active()[2]);
        String path = calendar.pathOf(member);
        assertThat(calendar.pathOf(member)).as("the same link until renewed").isEqualTo(path);

        MvcResult feed = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        String ics = feed.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("LOCATION:Phòng lịch " + cell.id()).doesNotContain("Phòng lịch " + other.id())
                .as("the agenda stays in the system by default (R20)").doesNotContain("Thu đảng phí");

        String renewed = calendar.renew(member);
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(renewed)).andExpect(status().isOk());
        mvc.perform(get("/meetings/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/calendar/..%2F..%2Fetc.ics")).andExpect(status().is4xxClientError());
    }

    private long accountMember(String username) throws Exception {
        MockHttpSession session = login(username);
        var context = (org.springframework.security.core.context.SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        return Viewer.of(context.getAuthentication()).memberId();
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("dangbo-demo"))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
