package vn.dangbo.congress;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import vn.dangbo.congress.ballotlog.JsonWriter;
import vn.dangbo.congress.ballotlog.RecountReport;
import vn.dangbo.congress.counting.CountResult;
import vn.dangbo.congress.counting.Mark;
import vn.dangbo.congress.counting.Ruling;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.shared.Viewer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class CongressManagementIntegrationTests {

    static final Viewer ADMIN = new Viewer("admin", Set.of(Viewer.ADMIN), null, null);

    @Autowired
    CongressManagement congress;
    @Autowired
    MemberRegistry registry;

    List<MemberView> members;
    long congressId;
    Viewer first;
    Viewer second;

    @BeforeEach
    void setUp() {
        members = registry.all(MemberQuery.all(), ADMIN);
        congressId = congress.createCongress(new NewCongress(CongressKind.MEMBERS, 5, "Đại hội thử nghiệm",
                "2025–2030", LocalDate.of(2025, 6, 19), LocalDate.of(2025, 6, 20)), ADMIN);
        congress.setStatus(congressId, members.get(30).id(), ConvenedStatus.TRANSFERRED, "", ADMIN);
        congress.setStatus(congressId, members.get(31).id(), ConvenedStatus.EXEMPT_ABSENT, "", ADMIN);
        congress.setStatus(congressId, members.get(32).id(), ConvenedStatus.ABSENT_UNEXCUSED, "", ADMIN);
        congress.setBoard(congressId, List.of(members.get(20).id(), members.get(21).id()), ADMIN);
        first = new Viewer("a", Set.of(Viewer.MEMBER), null, members.get(20).id());
        second = new Viewer("b", Set.of(Viewer.MEMBER), null, members.get(21).id());
    }

    List<Long> candidates(int n) {
        return members.subList(0, n).stream().map(MemberView::id).toList();
    }

    long executiveCommittee() {
        return congress.createElection(congressId, new NewElection(ElectionKind.EXECUTIVE_COMMITTEE,
                "Bầu Ban Chấp hành", 7, candidates(9), null), ADMIN);
    }

    void both(long election, int sheet, EnteredBallot ballot) {
        congress.enter(congressId, election, 1, sheet, ballot, first);
        congress.enter(congressId, election, 1, sheet, ballot, second);
    }

    @Test
    void aCongressConvenesOnlyThoseOfficialOnItsOpeningDay() {
        LocalDate opened = LocalDate.of(2020, 6, 17);
        long past = congress.createCongress(new NewCongress(CongressKind.MEMBERS, 3, "Đại hội ghi lại sau",
                "2020–2025", opened, opened.plusDays(1)), ADMIN);

        var convened = congress.details(past).convened().stream().map(CongressViews.Convened::memberId).toList();

        List<Long> officialThen = members.stream().filter(m -> m.officialOn() != null && !m.officialOn().isAfter(opened))
                .map(MemberView::id).toList();
        // everyone on today's rolls who was official then, and beyond them only members who have left since
        assertThat(convened).containsAll(officialThen);
        List<Long> onRollsNow = members.stream().map(MemberView::id).toList();
        assertThat(convened.stream().filter(id -> !onRollsNow.contains(id)))
                .allSatisfy(id -> assertThat(registry.view(id, ADMIN).standing().onRolls()).isFalse());
        assertThat(officialThen).hasSizeLessThan(members.size());
    }

    @Test
    void aPastCongressConvenesTheRollsOfItsOpeningDayWithThoseWhoLeftSince() {
        long cell = members.getFirst().cellId();
        String citizenId = String.format("0792%08d", System.nanoTime() % 100_000_000L);
        long moved = registry.transferIn(new vn.dangbo.members.MemberData("Lương Văn Chuyển", LocalDate.of(1980, 3, 4),
                        vn.dangbo.members.Gender.MALE, "Kinh", "Không", "Nghệ An", citizenId, null, null, cell,
                        vn.dangbo.members.Education.BACHELOR, vn.dangbo.members.PoliticalTheory.INTERMEDIATE, "Chuyên viên",
                        LocalDate.of(2005, 5, 19), LocalDate.of(2006, 5, 19), vn.dangbo.members.MembershipKind.OFFICIAL),
                false, "Đảng bộ tỉnh Nghệ An", new vn.dangbo.members.Decision(LocalDate.of(2015, 3, 1), "12-QĐ/ĐU", ""), ADMIN);
        registry.transferOut(moved, false, "Đảng bộ tỉnh Quảng Trị", new vn.dangbo.members.Decision(LocalDate.of(2023, 9, 1), "45-QĐ/ĐU", ""), ADMIN);

        long in2020 = congress.createCongress(new NewCongress(CongressKind.MEMBERS, 4, "Đại hội ghi lại sau",
                "2020–2025", LocalDate.of(2020, 6, 17), LocalDate.of(2020, 6, 18)), ADMIN);
        long in2014 = congress.createCongress(new NewCongress(CongressKind.MEMBERS, 3, "Đại hội trước khi chuyển đến",
                "2015–2020", LocalDate.of(2014, 6, 17), LocalDate.of(2014, 6, 18)), ADMIN);
        long today = congress.createCongress(new NewCongress(CongressKind.MEMBERS, 5, "Đại hội hôm nay",
                "2025–2030", registry.today(), registry.today()), ADMIN);

        assertThat(congress.details(in2020).convened()).extracting(CongressViews.Convened::memberId).contains(moved);
        assertThat(congress.details(in2014).convened()).extracting(CongressViews.Convened::memberId).doesNotContain(moved);
        assertThat(congress.details(today).convened()).extracting(CongressViews.Convened::memberId).doesNotContain(moved);
        assertThat(congress.details(congressId).convened()).extracting(CongressViews.Convened::memberId).doesNotContain(moved);
    }

    @Test
    void theBaseItemisesEveryExclusionAndKeepsTheUnexcusedAbsentee() {
        var details = congress.details(congressId);
        assertThat(details.convened()).hasSize(33);
        assertThat(details.present()).isEqualTo(30);
        assertThat(details.base().value()).isEqualTo(31);
        assertThat(details.base().subtracted()).hasSize(2);
        assertThat(details.base().kept()).hasSize(1);
    }

    @Test
    void aListAboveTheSurplusCapIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> congress.createElection(congressId, new NewElection(ElectionKind.EXECUTIVE_COMMITTEE,
                "Bầu Ban Chấp hành", 7, candidates(10), null), ADMIN))
                .isInstanceOf(CongressException.class).hasMessageContaining("Số dư 3 vượt quá mức tối đa 2");
        assertThatThrownBy(() -> congress.createElection(congressId, new NewElection(ElectionKind.EXECUTIVE_COMMITTEE,
                "Bầu Ban Chấp hành", 7, candidates(7), null), ADMIN))
                .isInstanceOf(CongressException.class).hasMessageContaining("phải nhiều hơn số cần bầu");
        assertThat(congress.details(congressId).elections()).isEmpty();
    }

    @Test
    void twoReadingsThatDifferAreListedUntilANewerReadingAgrees() {
        long election = executiveCommittee();
        congress.openRound(congressId, election, 30, ADMIN);
        both(election, 1, EnteredBallot.keeping(List.of("c1", "c2", "c3")));
        congress.enter(congressId, election, 1, 2, EnteredBallot.keeping(List.of("c1", "c2")), first);
        assertThat(congress.enter(congressId, election, 1, 2, EnteredBallot.keeping(List.of("c1", "c3")), second))
                .isEqualTo(CongressViews.SheetState.MISMATCH);
        var entry = congress.entry(congressId, election, 1);
        assertThat(entry.in(CongressViews.SheetState.MISMATCH)).extracting(CongressViews.Sheet::number).containsExactly(2);
        assertThat(entry.round().accepted()).isEqualTo(1);

        assertThat(congress.enter(congressId, election, 1, 2, EnteredBallot.keeping(List.of("c2", "c1")), second))
                .isEqualTo(CongressViews.SheetState.ACCEPTED);
        assertThat(congress.entry(congressId, election, 1).in(CongressViews.SheetState.MISMATCH)).isEmpty();
        assertThat(congress.entry(congressId, election, 1).round().accepted()).isEqualTo(2);
    }

    @Test
    void aDoubtfulBallotWaitsForARulingWithAReason() {
        long election = executiveCommittee();
        congress.openRound(congressId, election, 30, ADMIN);
        both(election, 1, EnteredBallot.keeping(List.of("c1")).asDoubtful());
        assertThat(congress.entry(congressId, election, 1).in(CongressViews.SheetState.AWAITING_RULING)).hasSize(1);
        assertThatThrownBy(() -> congress.close(congressId, election, 1, first)).isInstanceOf(CongressException.class);
        assertThatThrownBy(() -> congress.rule(congressId, election, 1, 1, Ruling.Verdict.INVALID, "  ", first))
                .isInstanceOf(CongressException.class);
        congress.rule(congressId, election, 1, 1, Ruling.Verdict.INVALID, "Có chữ ký của người bầu", first);
        CountResult result = congress.close(congressId, election, 1, second);
        assertThat(result.invalid()).isEqualTo(1);
        assertThat(congress.ballotLog(congressId, election, 1)).contains("\"ruling\": \"INVALID\"", "Có chữ ký của người bầu");
    }

    @Test
    void onlyTheCountingBoardEntersAndNoOneEditsAnAcceptedBallot() {
        long election = executiveCommittee();
        congress.openRound(congressId, election, 30, ADMIN);
        Viewer committee = new Viewer("bithu", Set.of(Viewer.COMMITTEE), null, members.get(25).id());
        Viewer candidate = new Viewer("ucv", Set.of(Viewer.MEMBER), null, members.get(0).id());
        EnteredBallot ballot = EnteredBallot.keeping(List.of("c1"));
        assertThatThrownBy(() -> congress.enter(congressId, election, 1, 1, ballot, ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> congress.enter(congressId, election, 1, 1, ballot, committee)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> congress.enter(congressId, election, 1, 1, ballot, candidate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> congress.openRound(congressId, election, 30, first)).isInstanceOf(AccessDeniedException.class);
        assertThat(congress.entry(congressId, election, 1).sheets()).isEmpty();

        both(election, 1, ballot);
        String head = congress.entry(congressId, election, 1).chainHead();
        assertThatThrownBy(() -> congress.enter(congressId, election, 1, 1, EnteredBallot.keeping(List.of("c2")), first))
                .isInstanceOf(CongressException.class).hasMessageContaining("không ai sửa được");
        assertThatThrownBy(() -> congress.enter(congressId, election, 1, 31, ballot, first)).isInstanceOf(CongressException.class);
        assertThatThrownBy(() -> congress.enter(congressId, election, 1, 2, EnteredBallot.keeping(List.of("c99")), first))
                .isInstanceOf(CongressException.class).hasMessageContaining("c99");
        assertThat(congress.entry(congressId, election, 1).chainHead()).isEqualTo(head);
        assertThat(congress.entry(congressId, election, 1).sheets()).hasSize(1);

        congress.close(congressId, election, 1, first);
        assertThatThrownBy(() -> congress.enter(congressId, election, 1, 2, ballot, first)).isInstanceOf(CongressException.class);
    }

    @Test
    void theExportedBallotLogRecountsToTheApplicationsResult() throws Exception {
        long election = executiveCommittee();
        congress.openRound(congressId, election, 30, ADMIN);
        List<String> all = List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
        for (int sheet = 1; sheet <= 28; sheet++) {
            both(election, sheet, EnteredBallot.keeping(all.subList(sheet % 3, sheet % 3 + 7)));
        }
        both(election, 29, EnteredBallot.keeping(all.subList(0, 8)));
        both(election, 30, EnteredBallot.keeping(List.of("c1")).withWritten(List.of("Trần Văn Ngoài")));
        CountResult result = congress.close(congressId, election, 1, first);
        assertThat(result.collected()).isEqualTo(30);
        assertThat(result.invalid()).isEqualTo(2);
        assertThat(result.base().value()).isEqualTo(31);

        Path file = Files.createTempFile("ballot-log", ".json");
        Files.writeString(file, congress.ballotLog(congressId, election, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Recount.run(List.of(file.toString(), "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Recount.COUNTED);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JsonWriter.pretty(RecountReport.json(result)));
        assertThat(congress.result(congressId, election, 1)).contains(result);
        Files.delete(file);
    }

    @Test
    void aOneSeatElectionByTheCommitteeCountsOnItsIncumbentsAndThenIsComplete() {
        long election = congress.createElection(congressId, new NewElection(ElectionKind.SECRETARY, "Bầu Bí thư", 1,
                candidates(2), 7), ADMIN);
        congress.openRound(congressId, election, 7, ADMIN);
        for (int sheet = 1; sheet <= 4; sheet++) {
            both(election, sheet, EnteredBallot.keeping(List.of("c1")));
        }
        for (int sheet = 5; sheet <= 7; sheet++) {
            both(election, sheet, EnteredBallot.keeping(List.of("c2")));
        }
        CountResult result = congress.close(congressId, election, 1, first);
        assertThat(result.elected()).containsExactly("c1");
        assertThat(result.base().value()).isEqualTo(7);
        assertThatThrownBy(() -> congress.openRound(congressId, election, 7, ADMIN)).isInstanceOf(CongressException.class)
                .hasMessageContaining("Đã bầu đủ");
    }

    @Test
    void anAgreeDisagreeRoundCountsAgreeMarks() {
        long election = congress.createElection(congressId, new NewElection(ElectionKind.INSPECTION_COMMITTEE,
                "Bầu Ủy ban Kiểm tra", 2, candidates(2), 7), ADMIN);
        congress.openRound(congressId, election, 7, ADMIN);
        for (int sheet = 1; sheet <= 5; sheet++) {
            both(election, sheet, EnteredBallot.marking(Map.of("c1", Mark.AGREE, "c2", sheet < 4 ? Mark.AGREE : Mark.DISAGREE)));
        }
        assertThatThrownBy(() -> congress.enter(congressId, election, 1, 6, EnteredBallot.marking(Map.of("c1", Mark.AGREE)), first))
                .isInstanceOf(CongressException.class);
        CountResult result = congress.close(congressId, election, 1, first);
        assertThat(result.votesOf("c1")).isEqualTo(5);
        assertThat(result.elected()).containsExactly("c1");
        assertThat(result.vacant()).isEqualTo(1);
    }
}
