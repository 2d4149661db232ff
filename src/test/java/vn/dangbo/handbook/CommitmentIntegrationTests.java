package vn.dangbo.handbook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.Standing;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.Viewer;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The yearly commitment on a real database: signing, rewording, and who sees who has not signed. */
@SpringBootTest
class CommitmentIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    CommitmentBook book;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;

    @Test
    void aMemberSignsTheWordingInForceOnceAYear() {
        Viewer member = memberOf(cell(3), 0);
        int year = book.currentYear() - 2;
        assertThat(book.templateFor(year).body()).contains("Nghị quyết Trung ương 4 khóa XII");

        book.acknowledge(member, year);

        CommitmentStatus status = book.status(member, year);
        assertThat(status.acknowledgedAt()).isNotNull();
        assertThat(status.signed()).isEqualTo(status.template());
        assertThatThrownBy(() -> book.acknowledge(member, year)).isInstanceOf(HandbookException.class)
                .hasMessageContaining("đã ký bản cam kết năm " + year);
        assertThatThrownBy(() -> book.acknowledge(member, book.currentYear() + 1)).hasMessageContaining("Năm cam kết phải từ 2016");
    }

    @Test
    void rewordingKeepsWhatMembersSignedBefore() {
        Viewer member = memberOf(cell(3), 1);
        int year = book.currentYear() - 1;
        book.acknowledge(member, year);
        long signed = book.status(member, year).signed().id();

        book.reword(COMMITTEE, year, "Bản cam kết năm mới", "1. Làm việc tận tụy.\n2. Học tập suốt đời.");

        CommitmentStatus after = book.status(member, year);
        assertThat(after.template().title()).isEqualTo("Bản cam kết năm mới");
        assertThat(after.template().body()).isEqualTo("1. Làm việc tận tụy.\n2. Học tập suốt đời.");
        assertThat(after.signed().id()).isEqualTo(signed).isNotEqualTo(after.template().id());
        // earlier years keep the wording that was in force then
        assertThat(book.templateFor(year - 1).title()).isEqualTo("Bản cam kết tu dưỡng, rèn luyện, phấn đấu");
    }

    @Test
    void badWordingIsRefusedAndOnlyTheCommitteeMayWord() {
        int year = book.currentYear();
        String before = book.templateFor(year).body();

        assertThatThrownBy(() -> book.reword(COMMITTEE, year, "", "nội dung")).hasMessageContaining("tiêu đề không được để trống");
        assertThatThrownBy(() -> book.reword(COMMITTEE, year, "Tiêu đề", "x".repeat(20_001))).hasMessageContaining("tối đa 20.000 ký tự");
        assertThatThrownBy(() -> book.reword(memberOf(cell(3), 2), year, "Tiêu đề", "Nội dung")).isInstanceOf(AccessDeniedException.class);

        assertThat(book.templateFor(year).body()).isEqualTo(before);
    }

    @Test
    void theCellSecretarySeesWhoInTheirCellHasNotSigned() {
        OrganizationUnit cell = cell(0);
        int year = book.currentYear() - 3;
        Viewer signer = memberOf(cell, 0);
        book.acknowledge(signer, year);
        Viewer secretary = new Viewer("bithu.test", Set.of(Viewer.CELL_SECRETARY), cell.id(), null);

        CommitmentStatus.Summary summary = book.summary(secretary, year, cell(1).id());

        assertThat(summary.scopeName()).isEqualTo(cell.name());
        assertThat(summary.acknowledged()).isEqualTo(1);
        assertThat(summary.expected()).isEqualTo(membersOf(cell).size());
        assertThat(summary.notAcknowledged()).hasSize(summary.expected() - 1).noneMatch(p -> p.memberId() == signer.memberId());
        assertThatThrownBy(() -> book.summary(signer, year, null)).isInstanceOf(AccessDeniedException.class);
    }

    private OrganizationUnit cell(int index) {
        return organization.activeCells().get(index);
    }

    private List<MemberView> membersOf(OrganizationUnit cell) {
        return registry.all(new MemberQuery(null, cell.id(), null, null, null, null, null, null, false), COMMITTEE).stream()
                .filter(m -> m.standing() == Standing.ACTIVE).toList();
    }

    private Viewer memberOf(OrganizationUnit cell, int index) {
        MemberView member = membersOf(cell).get(index);
        return new Viewer("dv" + member.id(), Set.of(Viewer.MEMBER), cell.id(), member.id());
    }
}
