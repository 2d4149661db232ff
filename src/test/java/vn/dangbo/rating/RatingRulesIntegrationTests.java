package vn.dangbo.rating;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import vn.dangbo.members.Decision;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.rating.rules.DisciplineForm;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.rating.rules.Rule;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's rules as the committee meets them: refusals name the rule in Vietnamese and change
 * nothing. Round 2025 holds only what these tests propose (the demo rates 2020–2024), so the quota
 * below counts exactly its own members: keep the other tests' proposals below GOOD.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@SpringBootTest
class RatingRulesIntegrationTests {

    static final int YEAR = 2025;
    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    RatingManagement ratings;
    @Autowired
    MemberRegistry registry;

    List<MemberView> members;

    @BeforeEach
    void openTheRound() {
        members = registry.all(MemberQuery.all(), COMMITTEE).stream().sorted(Comparator.comparingLong(MemberView::id)).toList();
        if (ratings.rounds(COMMITTEE).stream().noneMatch(r -> r.year() == YEAR)) {
            registry.exempt(members.get(20).id(), new Decision(LocalDate.of(2025, 10, 1), "05-QĐ/ĐU", "Ốm dài ngày, có đơn."), COMMITTEE);
            ratings.openRound(YEAR, LocalDate.of(YEAR, 12, 15), COMMITTEE);
        }
    }

    @Test
    void aReprimandInTheYearForcesNotCompletedWithTheRuleNamed() {
        RatingManagement.DisciplineView reprimand = ratings.disciplineIn(YEAR).getFirst();
        long member = reprimand.memberId();

        assertThatThrownBy(() -> ratings.propose(YEAR, member, proposal(28, 64, Level.GOOD), COMMITTEE))
                .isInstanceOfSatisfying(RatingRefused.class, e -> assertThat(e.rule()).isEqualTo(Rule.DISCIPLINE))
                .hasMessageContaining("Không thể xếp loại \"hoàn thành tốt nhiệm vụ\"")
                .hasMessageContaining("Bị kỷ luật khiển trách")
                .hasMessageContaining("(R4)");
        assertThat(entry(member).proposed()).isNull();

        ratings.propose(YEAR, member, proposal(20, 40, Level.NOT_COMPLETED), COMMITTEE);
        ratings.decide(YEAR, member, Level.NOT_COMPLETED, null, COMMITTEE);
        assertThat(entry(member).decided()).isEqualTo(Level.NOT_COMPLETED);
    }

    @Test
    void theExcellentQuotaRefusesTheOneTooManyWithTheRuleNamed() {
        List<Long> ids = members.subList(0, 5).stream().map(MemberView::id).toList();
        ratings.propose(YEAR, ids.get(0), proposal(30, 66, Level.EXCELLENT), COMMITTEE);
        ratings.propose(YEAR, ids.get(1), proposal(28, 64, Level.EXCELLENT), COMMITTEE);
        for (long id : ids.subList(2, 5)) {
            ratings.propose(YEAR, id, proposal(25, 55, Level.GOOD), COMMITTEE);
        }
        // 5 good or better: 20% allows one excellent, the higher score.
        ratings.decide(YEAR, ids.get(0), Level.EXCELLENT, null, COMMITTEE);

        assertThatThrownBy(() -> ratings.decide(YEAR, ids.get(1), Level.EXCELLENT, null, COMMITTEE))
                .isInstanceOfSatisfying(RatingRefused.class, e -> assertThat(e.rule()).isEqualTo(Rule.QUOTA))
                .hasMessageContaining("Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: tối đa 1 trên 5")
                .hasMessageContaining("(R5)");
        assertThat(entry(ids.get(1)).decided()).isNull();

        ratings.decide(YEAR, ids.get(1), Level.GOOD, "Vượt tỷ lệ, giữ mức tốt.", COMMITTEE);
        assertThat(entry(ids.get(1)).decided()).isEqualTo(Level.GOOD);
    }

    @Test
    void aScoreBelowTheBandRefusesTheLevelWithTheBandNamed() {
        long member = members.get(10).id();
        assertThatThrownBy(() -> ratings.propose(YEAR, member, proposal(20, 40, Level.GOOD), COMMITTEE))
                .isInstanceOfSatisfying(RatingRefused.class, e -> assertThat(e.rule()).isEqualTo(Rule.SCORE_BAND))
                .hasMessageContaining("Điểm 60/100")
                .hasMessageContaining("(R3)");
        assertThat(entry(member).proposed()).isNull();
    }

    @Test
    void aDecidedRatingChangesOnlyByARecordedReconsideration() {
        long member = members.get(12).id();
        ratings.propose(YEAR, member, proposal(20, 45, Level.COMPLETED), COMMITTEE);
        ratings.decide(YEAR, member, Level.COMPLETED, null, COMMITTEE);

        assertThatThrownBy(() -> ratings.decide(YEAR, member, Level.NOT_COMPLETED, null, COMMITTEE))
                .isInstanceOf(RatingException.class).hasMessageContaining("xem xét lại");
        assertThatThrownBy(() -> ratings.propose(YEAR, member, proposal(20, 45, Level.NOT_COMPLETED), COMMITTEE))
                .isInstanceOf(RatingException.class).hasMessageContaining("xem xét lại");
        assertThatThrownBy(() -> ratings.reconsider(YEAR, member, Level.NOT_COMPLETED, "  ", COMMITTEE))
                .isInstanceOf(RatingException.class).hasMessageContaining("lý do");
        assertThatThrownBy(() -> ratings.reconsider(YEAR, member, Level.EXCELLENT, "Điểm cộng thêm", COMMITTEE))
                .isInstanceOf(RatingRefused.class).hasMessageContaining("(R3)");
        assertThat(entry(member).decided()).isEqualTo(Level.COMPLETED);
        assertThat(entry(member).reconsiderations()).isEmpty();

        ratings.reconsider(YEAR, member, Level.NOT_COMPLETED, "Kết luận của cấp có thẩm quyền đến sau.", COMMITTEE);

        RatingManagement.RosterEntry entry = entry(member);
        assertThat(entry.decided()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(entry.reconsiderations()).singleElement().satisfies(x -> {
            assertThat(x.previousLevel()).isEqualTo(Level.COMPLETED);
            assertThat(x.newLevel()).isEqualTo(Level.NOT_COMPLETED);
            assertThat(x.decidedBy()).isEqualTo("bithu.dangbo");
        });
    }

    @Test
    void anExemptMemberIsListedAsNotRatedWithTheReasonAndGetsNoProposal() {
        long exempt = members.get(20).id();
        RatingManagement.RoundView round = ratings.round(YEAR, COMMITTEE);
        assertThat(round.notRated()).singleElement().satisfies(e -> {
            assertThat(e.memberId()).isEqualTo(exempt);
            assertThat(e.notRatedReason()).contains("Được miễn công tác và sinh hoạt đảng");
        });
        assertThat(round.rated()).noneMatch(e -> e.memberId() == exempt);
        // The report and its documents count and name the same members as the round.
        assertThat(ratings.report(YEAR, COMMITTEE).total().notRated()).isEqualTo(round.notRated().size());
        assertThat(ratings.reportDetails(YEAR, COMMITTEE).notRated()).singleElement().satisfies(e -> {
            assertThat(e.memberId()).isEqualTo(exempt);
            assertThat(e.rule()).isEqualTo(Rule.EXEMPT);
            assertThat(e.reason()).isEqualTo(round.notRated().getFirst().notRatedReason());
            assertThat(e.memberName()).isEqualTo(round.notRated().getFirst().memberName());
        });
        assertThat(ratings.reportDetails(YEAR, COMMITTEE).disciplineInYear()).isEqualTo(round.disciplineInYear());
        assertThatThrownBy(() -> ratings.propose(YEAR, exempt, proposal(25, 55, Level.GOOD), COMMITTEE))
                .isInstanceOfSatisfying(RatingRefused.class, e -> assertThat(e.rule()).isEqualTo(Rule.EXEMPT))
                .hasMessageContaining("(R6");
    }

    @Test
    void disciplineNeedsItsDecisionAndOnlyTheCommitteeRecordsGraveForms() {
        long member = members.get(15).id();
        Viewer secretary = new Viewer("bithu.chibo", Set.of(Viewer.CELL_SECRETARY), members.get(15).cellId(), null);
        assertThatThrownBy(() -> ratings.recordDiscipline(new RatingManagement.DisciplineEntry(member, DisciplineForm.EXPULSION,
                "Vi phạm nghiêm trọng", "01-QĐ/CB", LocalDate.of(2025, 6, 1), "Chi bộ", LocalDate.of(2025, 6, 1), null, false), secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("R32");
        assertThatThrownBy(() -> ratings.recordDiscipline(new RatingManagement.DisciplineEntry(member, DisciplineForm.REPRIMAND,
                "Chậm báo cáo", "01-QĐ/CB", LocalDate.of(2025, 6, 1), "Chi bộ", LocalDate.of(2025, 6, 1), null, false), secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("Chỉ đảng ủy ghi quyết định kỷ luật");
        assertThatThrownBy(() -> ratings.recordDiscipline(new RatingManagement.DisciplineEntry(member, DisciplineForm.REPRIMAND,
                " ", "01-QĐ/CB", LocalDate.of(2025, 6, 1), "Chi bộ", LocalDate.of(2025, 6, 1), null, false), COMMITTEE))
                .isInstanceOf(RatingException.class).hasMessageContaining("lý do");
        assertThat(ratings.disciplineOf(member, COMMITTEE)).isEmpty();
    }

    @Test
    void aCellWithAMemberDisciplinedInTheYearIsAtMostGood() {
        RatingManagement.DisciplineView reprimand = ratings.disciplineIn(YEAR).getFirst();
        long cell = ratings.round(YEAR, COMMITTEE).rated().stream().filter(e -> e.memberId() == reprimand.memberId())
                .findFirst().orElseThrow().cellId();
        RatingManagement.CellProposal excellent = new RatingManagement.CellProposal(cell, 29, 65, 10, 4, 0, Level.EXCELLENT, null);

        assertThatThrownBy(() -> ratings.rateCell(YEAR, excellent, COMMITTEE))
                .isInstanceOfSatisfying(RatingRefused.class, e -> assertThat(e.rule()).isEqualTo(Rule.COLLECTIVE_NOBODY_DISCIPLINED))
                .hasMessageContaining("Có 1 đảng viên bị kỷ luật trong năm")
                .hasMessageContaining("(R3)");
        assertThatThrownBy(() -> ratings.rateCell(YEAR, new RatingManagement.CellProposal(cell, 29, 65, 10, 8, 5, Level.GOOD, null), COMMITTEE))
                .isInstanceOf(RatingException.class).hasMessageContaining("Số nhiệm vụ không hợp lệ");
        assertThat(ratings.round(YEAR, COMMITTEE).cells()).isEmpty();

        ratings.rateCell(YEAR, new RatingManagement.CellProposal(cell, 27, 60, 10, 4, 0, Level.GOOD, null), COMMITTEE);
        assertThat(ratings.round(YEAR, COMMITTEE).cells()).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo(Level.GOOD);
            assertThat(c.membersDisciplined()).isEqualTo(1);
        });
    }

    private RatingManagement.RosterEntry entry(long member) {
        return ratings.round(YEAR, COMMITTEE).rated().stream().filter(e -> e.memberId() == member).findFirst().orElseThrow();
    }

    static RatingManagement.Proposal proposal(int general, int tasks, Level level) {
        return new RatingManagement.Proposal(general, tasks, true, 0, level, null);
    }
}
