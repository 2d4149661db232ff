package vn.dangbo.members;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The member list's in-memory search stays true to the database, whoever writes to it. */
@SpringBootTest
class MemberSearchIndexIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMemberAdmittedHereIsFoundAtOnce() {
        long cell = organization.activeCells().getFirst().id();
        assertThat(found("quach lien")).isEmpty();

        registry.admit(MemberRegistryIntegrationTests.data("Quách Thị Liên", cell, LocalDate.of(2026, 2, 2), null, null),
                MemberRegistryIntegrationTests.decision(LocalDate.of(2026, 2, 2)), COMMITTEE);

        assertThat(found("quach lien")).containsExactly("Quách Thị Liên");
        assertThat(found("QUÁCH THỊ LIÊN")).containsExactly("Quách Thị Liên");
    }

    @Test
    void aRenameCommittedByAnotherNodeIsSeenOnTheNextSearch() {
        long cell = organization.activeCells().getFirst().id();
        long id = registry.admit(MemberRegistryIntegrationTests.data("Khổng Văn Bảo", cell, LocalDate.of(2026, 2, 3), null, null),
                MemberRegistryIntegrationTests.decision(LocalDate.of(2026, 2, 3)), COMMITTEE);
        assertThat(found("khong van bao")).containsExactly("Khổng Văn Bảo");

        // Another application node renames the member in the shared database and bumps the revision, as the index does.
        jdbc.update("update member set full_name = ?, given_name = ?, name_folded = ? where id = ?",
                "Khổng Văn Bình", "Bình", " khong van binh", id);
        jdbc.update("update member_registry_revision set revision = revision + 1 where id = 1");

        assertThat(found("khong van bao")).isEmpty();
        assertThat(found("khong van binh")).containsExactly("Khổng Văn Bình");
    }

    @Test
    void pagesAndTotalsCountEveryMatchInVietnameseOrder() {
        long cell = organization.activeCells().getFirst().id();
        for (String name : List.of("Mạc Thị Ánh", "Mạc Văn Anh", "Mạc Thị Ân", "Mạc Văn Bình", "Mạc Thị Ấn")) {
            registry.admit(MemberRegistryIntegrationTests.data(name, cell, LocalDate.of(2026, 2, 4), null, null),
                    MemberRegistryIntegrationTests.decision(LocalDate.of(2026, 2, 4)), COMMITTEE);
        }
        var first = registry.search(query("mac"), COMMITTEE, 0, 3);
        var second = registry.search(query("mac"), COMMITTEE, 1, 3);

        assertThat(first.getTotalElements()).isEqualTo(5);
        // given name first, in the Vietnamese alphabet: Anh, Ánh, Ân, Ấn, Bình
        assertThat(first.getContent()).extracting(MemberSummary::fullName).containsExactly("Mạc Văn Anh", "Mạc Thị Ánh", "Mạc Thị Ân");
        assertThat(second.getContent()).extracting(MemberSummary::fullName).containsExactly("Mạc Thị Ấn", "Mạc Văn Bình");
    }

    private List<String> found(String q) {
        return registry.search(query(q), COMMITTEE, 0, 50).getContent().stream().map(MemberSummary::fullName).toList();
    }

    private static MemberQuery query(String q) {
        return new MemberQuery(q, null, null, null, null, null, null, null, false);
    }
}
