package vn.dangbo.meetings;

import vn.dangbo.accounts.AccountManagement;
import vn.dangbo.accounts.Role;
import vn.dangbo.members.Decision;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.MemberData;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cell of our own for a test, so that its counts do not depend on the demo or on other tests:
 * four active official members (the first is its secretary, with an account), one exempt, one away
 * temporarily and one probationary.
 */
final class MeetingFixtures {

    static final Viewer COMMITTEE = new Viewer("kiem-thu", Set.of(Viewer.COMMITTEE), null, null);
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    record TestCell(long id, String name, long[] active, long exempt, long away, long probationary, String secretaryLogin) {
    }

    static TestCell sevenMemberCell(OrganizationDirectory organization, MemberRegistry registry, AccountManagement accounts) {
        int n = SERIAL.incrementAndGet();
        long committee = organization.committee().orElseThrow().id();
        String name = "Chi bộ Kiểm thử " + n;
        long cell = organization.createCell(committee, name, LocalDate.of(2020, 1, 1));
        LocalDate today = registry.today();
        long[] active = new long[4];
        String[] names = {"Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng", "Hoàng Thị Én"};
        for (int i = 0; i < 4; i++) {
            active[i] = registry.transferIn(official(names[i], cell), false, "Đảng bộ Sở Tài chính", decision(today), COMMITTEE);
        }
        long exempt = registry.transferIn(official("Ngô Văn Giáp", cell), false, "Đảng bộ Sở Tài chính", decision(today), COMMITTEE);
        registry.exempt(exempt, decision(today), COMMITTEE);
        long away = registry.transferIn(official("Vũ Thị Hoa", cell), false, "Đảng bộ Sở Tài chính", decision(today), COMMITTEE);
        registry.transferOut(away, true, "Đảng bộ Sở Y tế", decision(today), COMMITTEE);
        long probationary = registry.admit(new MemberData("Đinh Văn Khoa", LocalDate.of(1998, 3, 3), Gender.MALE, "Kinh", "Không", "Huế",
                citizenId(), null, null, cell, Education.BACHELOR, PoliticalTheory.ELEMENTARY, "Chuyên viên", today.minusMonths(2), null, null),
                decision(today), COMMITTEE);
        organization.appoint(cell, active[0], vn.dangbo.organization.Position.SECRETARY, "2025–2027", today.minusYears(1), null);
        String login = "bithu.kiemthu" + n;
        accounts.create(login, "dangbo-demo", "Bí thư " + name, Role.CELL_SECRETARY, active[0], cell);
        return new TestCell(cell, name, active, exempt, away, probationary, login);
    }

    static MemberData official(String name, long cell) {
        return new MemberData(name, LocalDate.of(1985, 6, 1), Gender.FEMALE, "Kinh", "Không", "Nghệ An", citizenId(), null, null,
                cell, Education.MASTER, PoliticalTheory.INTERMEDIATE, "Chuyên viên", LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19),
                MembershipKind.OFFICIAL);
    }

    static String citizenId() {
        return String.format("0793%08d", SERIAL.incrementAndGet());
    }

    static Decision decision(LocalDate on) {
        return new Decision(on, "12-QĐ/ĐU", "");
    }

    private MeetingFixtures() {
    }
}
