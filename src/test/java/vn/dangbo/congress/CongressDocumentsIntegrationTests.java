package vn.dangbo.congress;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.dangbo.congress.counting.CandidateTally;
import vn.dangbo.congress.counting.CountResult;
import vn.dangbo.congress.counting.Mark;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.Position;
import vn.dangbo.organization.PositionHolder;
import vn.dangbo.shared.Viewer;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documents of a congress read back as a user gets them (POI for DOCX, PDFBox for PDF) and
 * compared with the round's results; the approval, the show-of-hands votes and the opinion ballot.
 */
@SpringBootTest
@RecordApplicationEvents
class CongressDocumentsIntegrationTests {

    static final Viewer ADMIN = new Viewer("admin", Set.of(Viewer.ADMIN), null, null);
    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    CongressManagement congress;
    @Autowired
    CongressDocuments documents;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    ApplicationEvents events;

    List<MemberView> members;
    long congressId;
    Viewer first;
    Viewer second;

    @BeforeEach
    void setUp() {
        members = registry.all(MemberQuery.all(), ADMIN);
        congressId = congress.createCongress(new NewCongress(CongressKind.MEMBERS, 6, "Đại hội Đảng bộ thử văn bản",
                "2025–2030", LocalDate.of(2025, 6, 19), LocalDate.of(2025, 6, 20)), ADMIN);
        congress.setStatus(congressId, members.get(31).id(), ConvenedStatus.EXEMPT_ABSENT, "", ADMIN);
        congress.setStatus(congressId, members.get(32).id(), ConvenedStatus.ABSENT_UNEXCUSED, "", ADMIN);
        congress.setBoard(congressId, List.of(members.get(20).id(), members.get(21).id()), ADMIN);
        first = new Viewer("a", Set.of(Viewer.MEMBER), null, members.get(20).id());
        second = new Viewer("b", Set.of(Viewer.MEMBER), null, members.get(21).id());
    }

    /** Members present at the congress and not among the first {@code skip} (the candidates). */
    List<Long> presentBeyond(int skip) {
        List<Long> listed = candidates(skip);
        return congress.details(congressId).convened().stream().filter(c -> c.status().present())
                .map(CongressViews.Convened::memberId).filter(id -> !listed.contains(id))
                .filter(id -> id != members.get(20).id() && id != members.get(21).id()).toList();
    }

    /** An election of 3 to the inspection committee among 4 candidates, 7 delegates, its first round open for this many ballots. */
    long inspectionElectionWithRoundOpen(String title, int ballots) {
        long election = congress.createElection(congressId, new NewElection(ElectionKind.INSPECTION_COMMITTEE, title, 3, candidates(4), 7), ADMIN);
        congress.openRound(congressId, election, ballots, ADMIN);
        return election;
    }

    List<Long> candidates(int n) {
        return members.subList(0, n).stream().map(MemberView::id).toList();
    }

    /** The inspection committee, 3 of 4 at the committee's conference (N = 7): a position the demo holds by no one. */
    long countedInspectionCommittee() {
        long election = inspectionElectionWithRoundOpen("Bầu Ủy ban Kiểm tra Đảng ủy khóa mới", 7);
        List<String> codes = congress.election(congressId, election).candidates().stream().map(CongressViews.Candidate::code).toList();
        List<List<String>> ballots = List.of(
                List.of(codes.get(0), codes.get(1), codes.get(2)), List.of(codes.get(0), codes.get(1), codes.get(2)),
                List.of(codes.get(0), codes.get(1), codes.get(3)), List.of(codes.get(0), codes.get(1)),
                List.of(codes.get(0), codes.get(2)), List.of(codes.get(1), codes.get(3)),
                List.of(codes.get(0), codes.get(1), codes.get(2), codes.get(3)));
        for (int sheet = 1; sheet <= ballots.size(); sheet++) {
            EnteredBallot ballot = EnteredBallot.keeping(ballots.get(sheet - 1));
            congress.enter(congressId, election, 1, sheet, ballot, first);
            congress.enter(congressId, election, 1, sheet, ballot, second);
        }
        congress.close(congressId, election, 1, first);
        return election;
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** The rows of the results table: the table whose header row has "Họ và tên" and "Số phiếu". */
    static List<List<String>> resultRows(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = document.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals("Số phiếu")))
                    .findFirst().orElseThrow();
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i < table.getNumberOfRows(); i++) {
                rows.add(table.getRow(i).getTableCells().stream().map(c -> c.getText().strip()).toList());
            }
            return rows;
        }
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theMinutesDocxCarriesTheBoardTheBaseTheCountsAndEveryCandidatesVotesAsTheRoundHasThem() throws Exception {
        long election = countedInspectionCommittee();
        CountResult result = congress.result(congressId, election, 1).orElseThrow();
        byte[] docx = documents.minutesDocx(congressId, election, 1);

        String text = docxText(docx);
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN KIỂM PHIẾU", "BIÊN BẢN", "ĐẠI HỘI ĐẢNG BỘ THỬ VĂN BẢN",
                members.get(20).fullName(), members.get(21).fullName(),
                "Cơ số N: " + result.base().value(), "Số phiếu phát ra: " + result.issued(),
                "Số phiếu thu vào: " + result.collected(), "Số phiếu hợp lệ: " + result.valid(),
                "Số phiếu không hợp lệ: " + result.invalid(), "KẾT QUẢ TẠM THỜI — CHỜ CẤP TRÊN CHUẨN Y");
        assertThat(result.invalid()).isEqualTo(1);
        assertThat(text).contains("để lại nhiều tên hơn số cần bầu: 1");

        List<List<String>> rows = resultRows(docx);
        assertThat(rows).hasSize(result.candidates().size());
        for (int i = 0; i < rows.size(); i++) {
            CandidateTally t = result.candidates().get(i);
            assertThat(rows.get(i)).containsExactly(String.valueOf(i + 1), t.candidate().name(), String.valueOf(t.votes()),
                    t.percentOfBase().replace('.', ',') + "%", t.elected() ? "Trúng cử" : t.passed() ? "Quá nửa, ngoài số cần bầu" : "Không trúng cử");
        }
        for (CandidateTally t : result.candidates().stream().filter(CandidateTally::elected).toList()) {
            assertThat(text).contains(t.candidate().name() + ": " + t.votes() + " phiếu");
        }
    }

    @Test
    void theMinutesListEveryRulingOnADoubtfulBallotWithItsReasonAndItsPlaceInTheBallotLog() throws Exception {
        long election = inspectionElectionWithRoundOpen("Bầu Ủy ban Kiểm tra có phiếu nghi vấn", 7);
        List<String> codes = congress.election(congressId, election).candidates().stream().map(CongressViews.Candidate::code).toList();
        for (int sheet = 1; sheet <= 3; sheet++) {
            EnteredBallot ballot = EnteredBallot.keeping(codes.subList(0, 3));
            congress.enter(congressId, election, 1, sheet, ballot, first);
            congress.enter(congressId, election, 1, sheet, ballot, second);
        }
        // sheet 4 keeps every name (more than the 3 seats): no ruling can make it valid
        EnteredBallot tooMany = EnteredBallot.keeping(codes).asDoubtful();
        EnteredBallot signed = EnteredBallot.keeping(codes.subList(0, 2)).asDoubtful();
        congress.enter(congressId, election, 1, 4, tooMany, first);
        congress.enter(congressId, election, 1, 4, tooMany, second);
        congress.enter(congressId, election, 1, 5, signed, first);
        congress.enter(congressId, election, 1, 5, signed, second);
        congress.rule(congressId, election, 1, 5, vn.dangbo.congress.counting.Ruling.Verdict.INVALID, "Có chữ ký của người bầu.", first);
        congress.rule(congressId, election, 1, 4, vn.dangbo.congress.counting.Ruling.Verdict.VALID, "Nét gạch không rõ", second);
        congress.close(congressId, election, 1, first);

        String log = congress.ballotLog(congressId, election, 1);
        assertThat(log).containsPattern("\"seq\": 4,[^}]*\"reason\": \"Có chữ ký của người bầu.\"");
        String text = docxText(documents.minutesDocx(congressId, election, 1));
        assertThat(text).contains("Phiếu nghi vấn Ban kiểm phiếu đã xem xét và quyết định",
                "Phiếu số 4: Ban kiểm phiếu quyết định không hợp lệ. Lý do: Có chữ ký của người bầu.",
                "Phiếu số 5: Ban kiểm phiếu quyết định hợp lệ. Lý do: Nét gạch không rõ. Phiếu vẫn không hợp lệ vì để lại nhiều tên hơn số cần bầu.");
        assertThat(pdfText(documents.minutesPdf(congressId, election, 1))).contains("Phiếu số 4: Ban kiểm phiếu quyết định không hợp lệ.");
        assertThat(docxText(documents.minutesDocx(congressId, countedInspectionCommittee(), 1))).doesNotContain("Phiếu nghi vấn");
    }

    @Test
    void theMinutesPdfSaysTheSameAndAnUncountedRoundHasNoMinutes() throws Exception {
        long election = countedInspectionCommittee();
        CountResult result = congress.result(congressId, election, 1).orElseThrow();
        String text = pdfText(documents.minutesPdf(congressId, election, 1));
        assertThat(text).contains("BIÊN BẢN", "BAN KIỂM PHIẾU", "KẾT QUẢ TẠM THỜI — CHỜ CẤP TRÊN CHUẨN Y");
        for (CandidateTally t : result.candidates()) {
            assertThat(text).contains(t.candidate().name(), t.percentOfBase().replace('.', ',') + "%");
        }

        long open = congress.createElection(congressId, new NewElection(ElectionKind.SECRETARY, "Bầu Bí thư", 1, candidates(1), 7), ADMIN);
        congress.openRound(congressId, open, 7, ADMIN);
        assertThatThrownBy(() -> documents.minutesDocx(congressId, open, 1)).isInstanceOf(CongressException.class)
                .hasMessageContaining("chưa kiểm phiếu xong");
    }

    @Test
    void approvalRecordsTheDecisionSetsThePositionsAndTellsTheOtherModules() throws Exception {
        long election = countedInspectionCommittee();
        CountResult result = congress.result(congressId, election, 1).orElseThrow();
        Map<String, Long> memberOf = new LinkedHashMap<>();
        congress.election(congressId, election).candidates().forEach(c -> memberOf.put(c.code(), c.memberId()));
        List<Long> elected = result.elected().stream().map(memberOf::get).toList();
        assertThat(elected).isNotEmpty();

        congress.approve(congressId, election, new Approval("125-QĐ/ĐUK", LocalDate.of(2025, 7, 1), "Ban Thường vụ Đảng ủy Khối"), COMMITTEE);

        assertThat(congress.election(congressId, election).approval()).contains(
                new Approval("125-QĐ/ĐUK", LocalDate.of(2025, 7, 1), "Ban Thường vụ Đảng ủy Khối"));
        var announced = events.stream(ElectionResultsApproved.class).filter(e -> e.electionId() == election).toList();
        assertThat(announced).hasSize(1);
        assertThat(announced.getFirst().elected()).extracting(ElectionResultsApproved.Elected::memberId).containsExactlyElementsOf(elected);
        assertThat(announced.getFirst().kind()).isEqualTo(ElectionKind.INSPECTION_COMMITTEE);
        assertThat(announced.getFirst().termLabel()).isEqualTo("2025–2030");

        long committee = organization.committee().orElseThrow().id();
        List<Long> holders = organization.positionsIn(committee, registry).stream()
                .filter(p -> p.position() == Position.INSPECTION_COMMITTEE_MEMBER && p.termLabel().equals("2025–2030"))
                .filter(PositionHolder::current).map(PositionHolder::memberId).toList();
        assertThat(holders).containsAll(elected);

        String minutes = docxText(documents.minutesDocx(congressId, election, 1));
        assertThat(minutes).contains("chuẩn y tại Quyết định số 125-QĐ/ĐUK ngày 01/07/2025").doesNotContain("KẾT QUẢ TẠM THỜI");
        assertThatThrownBy(() -> congress.approve(congressId, election, new Approval("126-QĐ/ĐUK", LocalDate.of(2025, 7, 2), "Ban Thường vụ"), COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("đã được ghi chuẩn y");
        assertThat(organization.positionsIn(committee, registry).stream()
                .filter(p -> p.position() == Position.INSPECTION_COMMITTEE_MEMBER && p.termLabel().equals("2025–2030")).count())
                .isEqualTo(holders.size());
    }

    @Test
    void onlyTheCommitteeRecordsApprovalAndOnlyOfCountedResultsWithAPlainDecision() {
        long election = countedInspectionCommittee();
        Approval good = new Approval("125-QĐ/ĐUK", LocalDate.of(2025, 7, 1), "Ban Thường vụ Đảng ủy Khối");
        assertThatThrownBy(() -> congress.approve(congressId, election, good, first)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> congress.approve(congressId, election, good,
                new Viewer("bithu.chibo1", Set.of(Viewer.CELL_SECRETARY), members.get(0).cellId(), members.get(0).id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> congress.approve(congressId, election,
                new Approval("<script>alert(1)</script>", LocalDate.of(2025, 7, 1), "Ban Thường vụ"), COMMITTEE))
                .isInstanceOf(CongressException.class);
        assertThatThrownBy(() -> congress.approve(congressId, election,
                new Approval("1-QĐ", LocalDate.of(2025, 7, 1), "x".repeat(301)), COMMITTEE)).isInstanceOf(CongressException.class);
        assertThatThrownBy(() -> congress.approve(congressId, election,
                new Approval("1-QĐ", LocalDate.of(2999, 1, 1), "Ban Thường vụ"), COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("đến hôm nay");
        long uncounted = congress.createElection(congressId, new NewElection(ElectionKind.SECRETARY, "Bầu Bí thư", 1, candidates(1), 7), ADMIN);
        assertThatThrownBy(() -> congress.approve(congressId, uncounted, good, COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("chưa kiểm phiếu xong");
        assertThat(congress.election(congressId, election).approval()).isEmpty();
        assertThat(events.stream(ElectionResultsApproved.class).filter(e -> e.electionId() == election)).isEmpty();
    }

    @Test
    void aShowOfHandsIsAdoptedOnlyWithMoreThanHalfOfNAndAnAdoptedCountingBoardCountsTheBallots() {
        var base = congress.details(congressId).base();
        List<Long> board = presentBeyond(0).subList(0, 2);
        boolean rejected = congress.recordShowOfHands(congressId, ShowOfHandsKind.COUNTING_BOARD, "Ban Kiểm phiếu", board,
                base.value() / 2, 0, 0, COMMITTEE);
        assertThat(rejected).isFalse();
        assertThat(congress.details(congressId).board()).containsExactlyInAnyOrder(members.get(20).id(), members.get(21).id());

        boolean adopted = congress.recordShowOfHands(congressId, ShowOfHandsKind.COUNTING_BOARD, "Ban Kiểm phiếu", board,
                base.needed(), 1, 0, COMMITTEE);
        assertThat(adopted).isTrue();
        assertThat(congress.details(congressId).board()).containsExactlyInAnyOrderElementsOf(board);
        assertThat(congress.recordShowOfHands(congressId, ShowOfHandsKind.AGENDA, "Chương trình đại hội", List.of(),
                base.value(), 0, 0, COMMITTEE)).isTrue();
        assertThat(congress.details(congressId).votes()).extracting(CongressViews.Vote::adopted).containsExactly(false, true, true);
    }

    @Test
    void aShowOfHandsWithCountsBeyondNOrHostileTextOrByAMemberChangesNothing() {
        int n = congress.details(congressId).base().value();
        assertThatThrownBy(() -> congress.recordShowOfHands(congressId, ShowOfHandsKind.AGENDA, "Chương trình", List.of(), n, 1, 0, COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("không được vượt cơ số N = " + n);
        assertThatThrownBy(() -> congress.recordShowOfHands(congressId, ShowOfHandsKind.AGENDA, "Chương trình", List.of(), -1, 0, 0, COMMITTEE))
                .isInstanceOf(CongressException.class);
        assertThatThrownBy(() -> congress.recordShowOfHands(congressId, ShowOfHandsKind.OTHER, "<img src=x onerror=alert(1)>", List.of(), n, 0, 0, COMMITTEE))
                .isInstanceOf(CongressException.class);
        assertThatThrownBy(() -> congress.recordShowOfHands(congressId, ShowOfHandsKind.OTHER, "' OR 1=1 --" + "x".repeat(300), List.of(), n, 0, 0, COMMITTEE))
                .isInstanceOf(CongressException.class);
        assertThatThrownBy(() -> congress.recordShowOfHands(congressId, ShowOfHandsKind.AGENDA, "Chương trình", presentBeyond(0).subList(0, 1), n, 0, 0, COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("không chọn người");
        assertThatThrownBy(() -> congress.recordShowOfHands(congressId, ShowOfHandsKind.PRESIDIUM, "Đoàn Chủ tịch", List.of(members.get(31).id()), n, 0, 0, COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("có mặt");
        assertThatThrownBy(() -> congress.recordShowOfHands(congressId, ShowOfHandsKind.PRESIDIUM, "Đoàn Chủ tịch", presentBeyond(0).subList(0, 1), n, 0, 0, first))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(congress.details(congressId).votes()).isEmpty();
    }

    @Test
    void aFloorNomineeJoinsTheListOnlyWithMoreThanThirtyPercentOfThosePresent() {
        long election = congress.createElection(congressId, new NewElection(ElectionKind.EXECUTIVE_COMMITTEE,
                "Bầu Ban Chấp hành", 7, candidates(8), null), ADMIN);
        int present = congress.details(congressId).present();
        assertThat(congress.election(congressId, election).opinionBallotBase()).isEqualTo(present);
        int exactlyThirty = 3 * present / 10;
        long floor = presentBeyond(8).get(0);
        long self = presentBeyond(8).get(1);
        long another = presentBeyond(8).get(2);

        String refused = congress.nominate(congressId, election, floor, NominationSource.FLOOR, exactlyThirty, COMMITTEE);
        assertThat(refused).contains(exactlyThirty + "/" + present, "không được bổ sung");
        assertThat(congress.election(congressId, election).candidates()).extracting(CongressViews.Candidate::memberId).doesNotContain(floor);

        String added = congress.nominate(congressId, election, self, NominationSource.SELF, exactlyThirty + 1, COMMITTEE);
        assertThat(added).contains("được bổ sung vào danh sách bầu cử (9 người)");
        var list = congress.election(congressId, election);
        assertThat(list.candidates()).extracting(CongressViews.Candidate::memberId).contains(self).hasSize(9);
        assertThat(list.candidates()).extracting(CongressViews.Candidate::code).containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
        assertThat(list.nominations()).extracting(CongressViews.Nomination::admitted).containsExactly(false, true);

        assertThatThrownBy(() -> congress.nominate(congressId, election, floor, NominationSource.FLOOR, present, COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("đã được lấy phiếu");
        assertThatThrownBy(() -> congress.nominate(congressId, election, another, NominationSource.FLOOR, present + 1, COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("từ 0 đến " + present);
        assertThatThrownBy(() -> congress.nominate(congressId, election, another, NominationSource.FLOOR, present, first))
                .isInstanceOf(AccessDeniedException.class);
        congress.openRound(congressId, election, present, ADMIN);
        assertThatThrownBy(() -> congress.nominate(congressId, election, another, NominationSource.FLOOR, present, COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("đã mở vòng bầu");
    }

    @Test
    void aListPushedAboveTheCapByNomineesCannotBeVotedUntilCut() {
        long election = congress.createElection(congressId, new NewElection(ElectionKind.EXECUTIVE_COMMITTEE,
                "Bầu Ban Chấp hành", 7, candidates(9), null), ADMIN);
        int present = congress.details(congressId).present();
        String outcome = congress.nominate(congressId, election, presentBeyond(9).getFirst(), NominationSource.FLOOR, present, COMMITTEE);
        assertThat(outcome).contains("vượt mức tối đa 9", "thăm dò để rút bớt");
        assertThatThrownBy(() -> congress.openRound(congressId, election, present, ADMIN))
                .isInstanceOf(CongressException.class).hasMessageContaining("vượt quá mức tối đa");

        // the congress cuts the list back by a show of hands: one name withdrawn, and the vote may go on
        long cut = congress.election(congressId, election).candidates().getLast().memberId();
        assertThatThrownBy(() -> congress.withdraw(congressId, election, cut, first)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> congress.withdraw(congressId, election, -1, COMMITTEE)).isInstanceOf(CongressException.class);
        congress.withdraw(congressId, election, cut, COMMITTEE);
        var list = congress.election(congressId, election);
        assertThat(list.candidates()).hasSize(9).extracting(CongressViews.Candidate::memberId).doesNotContain(cut);
        assertThat(list.check().acceptable()).isTrue();
        congress.openRound(congressId, election, present, ADMIN);
        assertThatThrownBy(() -> congress.withdraw(congressId, election, list.candidates().getFirst().memberId(), COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("đã mở vòng bầu");
    }

    @Test
    void aListCannotBeCutBelowTheSeats() {
        long election = congress.createElection(congressId, new NewElection(ElectionKind.INSPECTION_COMMITTEE,
                "Bầu Ủy ban Kiểm tra", 3, candidates(3), 7), ADMIN);
        assertThatThrownBy(() -> congress.withdraw(congressId, election, members.getFirst().id(), COMMITTEE))
                .isInstanceOf(CongressException.class).hasMessageContaining("ít hơn số cần bầu");
        assertThat(congress.election(congressId, election).candidates()).hasSize(3);
    }

    @Test
    void theResolutionListsTheAdoptedItemsAndTheElectedMarkedProvisional() throws Exception {
        long election = countedInspectionCommittee();
        int n = congress.details(congressId).base().value();
        List<Long> presidium = presentBeyond(0).subList(0, 2);
        congress.recordShowOfHands(congressId, ShowOfHandsKind.PRESIDIUM, "Đoàn Chủ tịch đại hội", presidium, n, 0, 0, COMMITTEE);
        Map<Long, String> names = registry.namesOf(presidium);
        congress.recordShowOfHands(congressId, ShowOfHandsKind.RESOLUTION, "Nghị quyết Đại hội về nhiệm vụ nhiệm kỳ 2025–2030", List.of(), n - 1, 1, 0, COMMITTEE);
        congress.recordShowOfHands(congressId, ShowOfHandsKind.OTHER, "Đề nghị bị bác", List.of(), 1, n - 1, 0, COMMITTEE);
        CountResult result = congress.result(congressId, election, 1).orElseThrow();

        String docx = docxText(documents.resolutionDocx(congressId));
        assertThat(docx).contains("NGHỊ QUYẾT", "ĐẠI HỘI ĐẢNG BỘ THỬ VĂN BẢN", "KẾT QUẢ TẠM THỜI — CHỜ CẤP TRÊN CHUẨN Y",
                "Biểu quyết chọn Đoàn Chủ tịch đại hội gồm các đồng chí: " + names.get(presidium.get(0)) + ", " + names.get(presidium.get(1)),
                "Thông qua nghị quyết Đại hội về nhiệm vụ nhiệm kỳ 2025–2030", "Bầu Ủy ban Kiểm tra Đảng ủy khóa mới: bầu 3, trúng cử "
                        + result.elected().size()).doesNotContain("Đề nghị bị bác");
        for (CandidateTally t : result.candidates().stream().filter(CandidateTally::elected).toList()) {
            assertThat(docx).contains(t.candidate().name() + " (" + t.votes() + " phiếu");
        }
        assertThat(pdfText(documents.resolutionPdf(congressId))).contains("NGHỊ QUYẾT", "Đoàn Chủ tịch đại hội");
    }

    @Test
    void theBallotsAreOnePagePerBallotWithTheNamesInBallotOrder() throws Exception {
        long election = inspectionElectionWithRoundOpen("Bầu Ủy ban Kiểm tra", 5);
        List<String> names = congress.election(congressId, election).candidates().stream().map(CongressViews.Candidate::fullName).toList();
        try (PDDocument pdf = Loader.loadPDF(documents.ballotsPdf(congressId, election, 1))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(5);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(418f, 421f); // A5: 148 mm
            for (int page = 1; page <= 5; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("PHIẾU BẦU CỬ", "Nơi đóng dấu", "ĐẢNG CỘNG SẢN VIỆT NAM", "Bầu Ủy ban Kiểm tra", "gạch ngang");
                int at = -1;
                for (String name : names) {
                    int next = text.indexOf(name);
                    assertThat(next).as(name + " after the previous name on page " + page).isGreaterThan(at);
                    at = next;
                }
            }
        }
        assertThat(CongressDocuments.ballotPages(1_600)).isEqualTo(CongressDocuments.MAX_BALLOT_PAGES);
        assertThat(CongressDocuments.ballotPages(0)).isEqualTo(1);
    }

    @Test
    void anAgreeDisagreeBallotHasTwoBoxesPerName() throws Exception {
        long election = congress.createElection(congressId, new NewElection(ElectionKind.SECRETARY, "Bầu Bí thư Đảng ủy", 1, candidates(1), 7), ADMIN);
        congress.openRound(congressId, election, 2, ADMIN);
        String text = pdfText(documents.ballotsPdf(congressId, election, 1));
        assertThat(text).contains("Đồng ý", "Không đồng ý", members.get(0).fullName(), "một ô");
    }
}
