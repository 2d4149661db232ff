package vn.dangbo.handbook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.Standing;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.Viewer;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Study campaigns on a real database with the demo organization: who sees what, the figures against the rolls, reflections. */
@SpringBootTest
@RecordApplicationEvents
class StudyIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    StudyBook book;
    @Autowired
    DocumentLibrary library;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    ApplicationEvents events;

    @Test
    void aMemberOfAnUnassignedCellNeitherSeesNorMarksTheCampaign() {
        long id = book.open(COMMITTEE, campaign("Học tập chuyên đề chi bộ 1", false, List.of(cell(0).id())));
        Viewer outsider = memberOf(cell(1), 0);
        Viewer insider = memberOf(cell(0), 0);

        assertThatThrownBy(() -> book.campaign(outsider, id)).isInstanceOf(StudyCampaignNotFound.class);
        assertThatThrownBy(() -> book.markStudied(outsider, id, "Thu hoạch", null, null)).isInstanceOf(StudyCampaignNotFound.class);
        assertThatThrownBy(() -> book.progress(outsider, id, null)).isInstanceOf(StudyCampaignNotFound.class);
        assertThat(book.list(outsider)).noneMatch(s -> s.campaign().id() == id);
        assertThat(book.mine(outsider)).noneMatch(s -> s.campaign().id() == id);
        Viewer otherSecretary = new Viewer("bithu.khac", Set.of(Viewer.CELL_SECRETARY), cell(1).id(), null);
        assertThatThrownBy(() -> book.progress(otherSecretary, id, cell(0).id())).isInstanceOf(StudyCampaignNotFound.class);

        assertThat(book.mustStudy(insider, id)).isTrue();
        assertThat(book.mine(insider)).anyMatch(s -> s.campaign().id() == id && s.mustStudy() && s.studiedAt() == null);
        book.markStudied(insider, id, null, null, null);
        assertThat(book.own(insider, id)).hasValueSatisfying(r -> assertThat(r.text()).isNull());
        assertThat(book.mine(insider)).anyMatch(s -> s.campaign().id() == id && s.studiedAt() != null);
        // a member does not follow the cell's progress
        assertThatThrownBy(() -> book.progress(insider, id, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> book.markStudied(insider, id, "  ", null, null)).isInstanceOf(HandbookException.class)
                .hasMessageContaining("đã đánh dấu đã học tập");
    }

    @Test
    void theSecretarySeesOnlyTheirCellsProgressAndReflections() {
        long id = book.open(COMMITTEE, campaign("Học tập Chỉ thị 05-CT/TW", true, List.of()));
        Viewer own = memberOf(cell(0), 1);
        Viewer other = memberOf(cell(1), 1);
        book.markStudied(own, id, "Bài thu hoạch của chi bộ 1", null, null);
        book.markStudied(other, id, "Bài thu hoạch của chi bộ khác", null, null);
        Viewer secretary = new Viewer("bithu.test", Set.of(Viewer.CELL_SECRETARY), cell(0).id(), null);

        StudyProgress progress = book.progress(secretary, id, cell(1).id());

        assertThat(progress.scopeName()).isEqualTo(cell(0).name());
        assertThat(progress.expected()).isEqualTo(rollsOf(cell(0)).size());
        assertThat(progress.studied()).isEqualTo(1);
        assertThat(progress.cells()).extracting(StudyProgress.CellLine::cellId).containsExactly(cell(0).id());
        assertThat(progress.notStudied()).hasSize(progress.expected() - 1).noneMatch(p -> p.memberId() == own.memberId())
                .allMatch(p -> p.cellName().equals(cell(0).name()));
        assertThat(book.reflections(secretary, id)).extracting(Reflection::text).containsExactly("Bài thu hoạch của chi bộ 1");
        // a member reads their own reflection and no one else's
        assertThat(book.reflections(other, id)).extracting(Reflection::memberId).containsExactly(other.memberId());
        assertThat(book.reflections(COMMITTEE, id)).extracting(Reflection::text)
                .contains("Bài thu hoạch của chi bộ 1", "Bài thu hoạch của chi bộ khác");
    }

    @Test
    void theFiguresAreTheRollsOfTheAssignedCellsAndOneHundredPercentIsAnnouncedOnce() {
        OrganizationUnit small = cell(3);
        long id = book.open(COMMITTEE, campaign("Học tập Kết luận 21-KL/TW", false, List.of(small.id(), cell(2).id())));
        List<MemberView> rolls = rollsOf(small);

        StudyProgress whole = book.progress(COMMITTEE, id, null);
        assertThat(whole.expected()).isEqualTo(rolls.size() + rollsOf(cell(2)).size());
        // per cell, in the organization's order
        assertThat(whole.cells()).extracting(StudyProgress.CellLine::cellId).containsExactly(cell(2).id(), small.id());
        assertThat(whole.cells()).extracting(StudyProgress.CellLine::expected).containsExactly(rollsOf(cell(2)).size(), rollsOf(small).size());
        assertThat(whole.studied()).isZero();
        assertThat(whole.percent()).isZero();

        for (int i = 0; i < rolls.size() - 1; i++) {
            book.markStudied(memberOf(small, i), id, null, null, null);
        }
        StudyProgress almost = book.progress(COMMITTEE, id, small.id());
        assertThat(almost.studied()).isEqualTo(rolls.size() - 1);
        assertThat(almost.percent()).isEqualTo((rolls.size() - 1) * 100 / rolls.size()).isLessThan(100);
        assertThat(almost.notStudied()).extracting(PendingMember::memberId).containsExactly(rolls.getLast().id());
        assertThat(events.stream(StudyCampaignCompleted.class)).noneMatch(e -> e.campaignId() == id);

        book.markStudied(memberOf(small, rolls.size() - 1), id, null, null, null);
        assertThat(book.progress(COMMITTEE, id, small.id()).percent()).isEqualTo(100);
        assertThat(book.progress(COMMITTEE, id, null).percent()).isLessThan(100);
        assertThat(events.stream(StudyCampaignCompleted.class)).noneMatch(e -> e.campaignId() == id);

        List<MemberView> rest = rollsOf(cell(2));
        for (int i = 0; i < rest.size(); i++) {
            book.markStudied(memberOf(cell(2), i), id, null, null, null);
        }
        StudyProgress done = book.progress(COMMITTEE, id, null);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.notStudied()).isEmpty();
        List<StudyCampaignCompleted> completed = events.stream(StudyCampaignCompleted.class).filter(e -> e.campaignId() == id).toList();
        assertThat(completed).hasSize(1);
        assertThat(completed.getFirst().title()).isEqualTo("Học tập Kết luận 21-KL/TW");
        assertThat(completed.getFirst().documents()).extracting(StudiedDocument::number).containsExactly("04-NQ/TW");
        assertThat(completed.getFirst().completedOn()).isEqualTo(book.today());
        assertThat(book.campaign(COMMITTEE, id).completedOn()).isEqualTo(book.today());

        // a later reflection does not announce it again
        book.markStudied(memberOf(small, 0), id, "Bổ sung bài thu hoạch", null, null);
        assertThat(events.stream(StudyCampaignCompleted.class).filter(e -> e.campaignId() == id)).hasSize(1);
    }

    @Test
    void hostileReflectionsAreRefusedAndLeaveNothingBehind() throws Exception {
        long id = book.open(COMMITTEE, campaign("Học tập Quy định 08-QĐi/TW", false, List.of(cell(1).id())));
        Viewer member = memberOf(cell(1), 2);

        assertThatThrownBy(() -> book.markStudied(member, id, "x".repeat(StudyBook.MAX_REFLECTION + 1), null, null))
                .hasMessageContaining("tối đa 20.000 ký tự");
        assertThatThrownBy(() -> book.markStudied(member, id, "Thu hoạch", "virus.exe", new byte[]{'M', 'Z', 0}))
                .hasMessage("Chỉ nhận tệp PDF hoặc DOCX.");
        assertThatThrownBy(() -> book.markStudied(member, id, "Thu hoạch", "bai.pdf", "<html>not a pdf</html>".getBytes()))
                .hasMessage("Tệp không phải là PDF hợp lệ.");
        assertThatThrownBy(() -> book.markStudied(member, id, "Thu hoạch", "../../etc/bai.pdf", AttachmentTextTests.pdf("Thu hoach")))
                .hasMessageContaining("không được chứa đường dẫn");
        assertThatThrownBy(() -> book.markStudied(member, id, "Thu hoạch", "bai.docx", AttachmentTextTests.zipBomb()))
                .hasMessage("Tệp DOCX nén bất thường (nghi là bom nén), không nhận.");
        assertThatThrownBy(() -> book.markStudied(member, id, "Thu hoạch", "bai.pdf", new byte[20 * 1024 * 1024 + 1]))
                .hasMessage("Tệp quá lớn: tối đa 20 MB.");
        assertThat(book.own(member, id)).isEmpty();
        assertThat(book.progress(COMMITTEE, id, null).studied()).isZero();

        book.markStudied(member, id, "<script>alert('x')</script> Tôi đã học tập.", "Bài thu hoạch.pdf", AttachmentTextTests.pdf("Bai thu hoach"));
        Reflection mine = book.own(member, id).orElseThrow();
        assertThat(mine.text()).isEqualTo("<script>alert('x')</script> Tôi đã học tập.");
        assertThat(mine.fileName()).isEqualTo("Bài thu hoạch.pdf");
        StudyBook.ReflectionFile file = book.reflectionFile(member, id, member.memberId());
        assertThat(Files.readAllBytes(file.path())).startsWith("%PDF-".getBytes());
        assertThat(file.contentType()).isEqualTo("application/pdf");

        // a second file replaces the first, which is removed
        book.markStudied(member, id, null, "Bài thu hoạch.docx", AttachmentTextTests.docx("Bài thu hoạch bổ sung"));
        assertThat(Files.exists(file.path())).isFalse();
        assertThat(book.own(member, id).orElseThrow().fileName()).isEqualTo("Bài thu hoạch.docx");
        assertThat(book.own(member, id).orElseThrow().text()).isEqualTo(mine.text());

        Viewer neighbour = memberOf(cell(1), 3);
        assertThatThrownBy(() -> book.reflectionFile(neighbour, id, member.memberId())).isInstanceOf(StudyCampaignNotFound.class);
        Viewer secretary = new Viewer("bithu.test", Set.of(Viewer.CELL_SECRETARY), cell(1).id(), null);
        assertThat(book.reflectionFile(secretary, id, member.memberId()).fileName()).isEqualTo("Bài thu hoạch.docx");
    }

    @Test
    void theCommitteeAloneSetsCampaignsAndBadInputIsRefusedWhole() {
        long secret = library.search(new Viewer("t", Set.of(Viewer.ADMIN), null, null), DocumentQuery.text("31-TB/ĐU"), 0).hits().getFirst().id();
        assertThatThrownBy(() -> book.open(memberOf(cell(0), 0), campaign("Đợt", true, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> book.open(COMMITTEE, new StudyCampaignForm(" ", null, List.of(), false, List.of(), null)))
                .hasMessageContaining("tên đợt học tập không được để trống")
                .hasMessageContaining("chọn từ 1 đến 20 văn bản")
                .hasMessageContaining("chọn ít nhất một chi bộ")
                .hasMessageContaining("hạn hoàn thành phải từ");
        assertThatThrownBy(() -> book.open(COMMITTEE, new StudyCampaignForm("Đợt", "", List.of(secret), false, List.of(999_999L),
                book.today().plusDays(5))))
                .hasMessageContaining("không chọn văn bản chỉ dành cho cấp ủy")
                .hasMessageContaining("chỉ giao cho chi bộ đang hoạt động");
        assertThatThrownBy(() -> book.open(COMMITTEE, new StudyCampaignForm("Đợt", "", List.of(999_999L), true, List.of(),
                book.today().plusYears(10))))
                .hasMessageContaining("không có trong thư viện")
                .hasMessageContaining("hạn hoàn thành phải từ");

        long id = book.open(COMMITTEE, campaign("Học tập <b>nghị quyết</b>", true, List.of()));
        book.revise(COMMITTEE, id, campaign("Học tập nghị quyết (sửa)", false, List.of(cell(2).id())));
        StudyCampaignView view = book.campaign(COMMITTEE, id);
        assertThat(view.title()).isEqualTo("Học tập nghị quyết (sửa)");
        assertThat(view.allCells()).isFalse();
        assertThat(view.cells()).extracting(StudyCampaignView.AssignedCell::id).containsExactly(cell(2).id());
        assertThatThrownBy(() -> book.revise(COMMITTEE, id, new StudyCampaignForm("", "", List.of(), true, List.of(), null)))
                .isInstanceOf(HandbookException.class);
        assertThat(book.campaign(COMMITTEE, id).title()).isEqualTo("Học tập nghị quyết (sửa)");
    }

    StudyCampaignForm campaign(String title, boolean allCells, List<Long> cells) {
        long tw4 = library.search(COMMITTEE, DocumentQuery.text("04-NQ/TW"), 0).hits().stream()
                .filter(h -> h.number().equals("04-NQ/TW")).findFirst().orElseThrow().id();
        return new StudyCampaignForm(title, "Mỗi đảng viên viết bài thu hoạch.", List.of(tw4), allCells, cells, book.today().plusDays(20));
    }

    private OrganizationUnit cell(int index) {
        return organization.activeCells().get(index);
    }

    /** The members who must study in a cell: on its rolls and not exempt (the default setting). */
    private List<MemberView> rollsOf(OrganizationUnit cell) {
        return registry.all(new MemberQuery(null, cell.id(), null, null, null, null, null, null, false), COMMITTEE).stream()
                .filter(m -> m.standing().onRolls() && m.standing() != Standing.EXEMPT).toList();
    }

    private Viewer memberOf(OrganizationUnit cell, int index) {
        MemberView member = rollsOf(cell).get(index);
        return new Viewer("dv" + member.id(), Set.of(Viewer.MEMBER), cell.id(), member.id());
    }
}
