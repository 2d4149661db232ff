package vn.dangbo.handbook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.Viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The yearly self-assessment on a real database, with who may see what. */
@SpringBootTest
class SelfAssessmentIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    SelfAssessmentBook book;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;

    @Test
    void theCatalogHoldsThreeGroupsOfNine() {
        List<ManifestationView> catalog = book.catalog();

        assertThat(catalog).hasSize(27);
        for (int group = 1; group <= 3; group++) {
            int g = group;
            assertThat(catalog.stream().filter(m -> m.group() == g)).extracting(ManifestationView::position)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
        assertThat(catalog.getFirst().wording()).startsWith("Phai nhạt lý tưởng cách mạng");
    }

    @Test
    void aMemberSubmitsAllTwentySevenAnswersAndSeesThemBack() {
        Viewer member = memberOf(cell(1), 0);
        int year = book.currentYear();

        book.submit(member, year, answers(Degree.NONE, "2.5", Degree.SOME, "Còn ít xuống cơ sở; <b>sẽ</b> sửa"));

        AssessmentView mine = book.mine(member, year);
        assertThat(mine).isNotNull();
        assertThat(mine.answers()).hasSize(27);
        assertThat(mine.answers().get("2.5").degree()).isEqualTo(Degree.SOME);
        // kept as plain text, escaped by the page when shown
        assertThat(mine.answers().get("2.5").remedy()).isEqualTo("Còn ít xuống cơ sở; <b>sẽ</b> sửa");
    }

    @Test
    void anIncompleteAssessmentIsRefusedWithTheReasonAndSavesNothing() {
        Viewer member = memberOf(cell(1), 1);
        int year = book.currentYear();
        List<AnswerInput> missingOne = new ArrayList<>(answers(Degree.NONE, null, null, null));
        missingOne.removeIf(a -> a.code().equals("3.9"));

        assertThatThrownBy(() -> book.submit(member, year, missingOne)).isInstanceOf(HandbookException.class)
                .hasMessageContaining("3.9: chưa chọn mức độ");
        assertThatThrownBy(() -> book.submit(member, year, answers(Degree.NONE, "1.6", Degree.CLEARLY, "")))
                .hasMessageContaining("1.6: có biểu hiện thì cần ghi biện pháp khắc phục");
        assertThatThrownBy(() -> book.submit(member, year, answers(Degree.NONE, "1.1", Degree.SOME, "x".repeat(1001))))
                .hasMessageContaining("dài quá 1000 ký tự");
        List<AnswerInput> unknown = new ArrayList<>(answers(Degree.NONE, null, null, null));
        unknown.add(new AnswerInput("'; drop table manifestation; --", Degree.NONE, null, null));
        assertThatThrownBy(() -> book.submit(member, year, unknown)).hasMessageContaining("không có trong danh mục");
        assertThatThrownBy(() -> book.submit(member, 2015, answers(Degree.NONE, null, null, null))).hasMessageContaining("từ 2016");

        assertThat(book.mine(member, year)).isNull();
        assertThat(book.catalog()).hasSize(27);
    }

    @Test
    void theCellSecretarySeesTheirCellsCountsAndWhoHasNotSubmitted() {
        OrganizationUnit cell = cell(2);
        int year = book.currentYear() - 1;
        Viewer first = memberOf(cell, 0);
        Viewer second = memberOf(cell, 1);
        book.submit(first, year, answers(Degree.NONE, "1.4", Degree.SOME, "Đến họp đúng giờ"));
        book.submit(second, year, answers(Degree.NONE, "1.4", Degree.CLEARLY, "Nhận việc và báo cáo đúng hạn"));
        Viewer secretary = new Viewer("bithu.test", Set.of(Viewer.CELL_SECRETARY), cell.id(), null);

        // asking for another cell still shows their own
        AssessmentSummary summary = book.summary(secretary, year, cell(0).id());

        assertThat(summary.scopeName()).isEqualTo(cell.name());
        int members = membersOf(cell).size();
        assertThat(summary.expected()).isEqualTo(members);
        assertThat(summary.submitted()).isEqualTo(2);
        assertThat(summary.notSubmitted()).hasSize(members - 2).noneMatch(p -> p.memberId() == first.memberId());
        AssessmentSummary.Count lax = summary.counts().stream().filter(c -> c.manifestation().code().equals("1.4")).findFirst().orElseThrow();
        assertThat(lax.some()).isEqualTo(1);
        assertThat(lax.clearly()).isEqualTo(1);

        AssessmentSummary whole = book.summary(COMMITTEE, year, null);
        assertThat(whole.expected()).isGreaterThan(members);
    }

    @Test
    void aMemberMayNotSeeTheSummary() {
        Viewer member = memberOf(cell(1), 2);
        assertThatThrownBy(() -> book.summary(member, book.currentYear(), null)).isInstanceOf(AccessDeniedException.class);
    }

    private OrganizationUnit cell(int index) {
        return organization.activeCells().get(index);
    }

    private List<MemberView> membersOf(OrganizationUnit cell) {
        return registry.all(new MemberQuery(null, cell.id(), null, null, null, null, null, null, false), COMMITTEE).stream()
                .filter(m -> m.standing() == vn.dangbo.members.Standing.ACTIVE).toList();
    }

    private Viewer memberOf(OrganizationUnit cell, int index) {
        MemberView member = membersOf(cell).get(index);
        return new Viewer("dv" + member.id(), Set.of(Viewer.MEMBER), cell.id(), member.id());
    }

    private List<AnswerInput> answers(Degree usual, String code, Degree degree, String remedy) {
        return book.catalog().stream().map(m -> m.code().equals(code)
                ? new AnswerInput(m.code(), degree, "Tự nhận", remedy)
                : new AnswerInput(m.code(), usual, "", "")).toList();
    }
}
