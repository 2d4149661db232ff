package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.MemberView;
import vn.dangbo.shared.VietnameseText;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The yearly self-assessment against the 27 manifestations (party-work.md R13–R16): each member
 * writes their own; the cell secretary sees their cell's counts and who has not submitted; the
 * committee sees every cell. What a member answered is seen by that member alone.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentBook {

    /** The resolution's year: no self-assessment against it before. */
    static final int FIRST_YEAR = 2016;
    static final int MAX_TEXT = 1000;

    private final Manifestations manifestations;
    private final SelfAssessments assessments;
    private final CellRoll roll;
    private final Clock clock;

    SelfAssessmentBook(Manifestations manifestations, SelfAssessments assessments, CellRoll roll, Clock clock) {
        this.manifestations = manifestations;
        this.assessments = assessments;
        this.roll = roll;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public List<ManifestationView> catalog() {
        return manifestations.findAllByOrderByGroupNumberAscPositionAsc().stream().map(Manifestation::toView).toList();
    }

    public @Nullable AssessmentView mine(Viewer viewer, int year) {
        if (viewer.memberId() == null) {
            return null;
        }
        return assessments.findByMemberIdAndYear(viewer.memberId(), year).map(a -> view(a, year)).orElse(null);
    }

    /** Saves the viewer's own assessment for the year, all 27 answers or nothing. */
    @Transactional
    public void submit(Viewer viewer, int year, List<AnswerInput> answers) {
        checkYear(year);
        MemberView member = roll.own(viewer);
        List<SelfAssessment.Answer> checked = check(answers);
        SelfAssessment assessment = assessments.findByMemberIdAndYear(member.id(), year)
                .orElseGet(() -> new SelfAssessment(member.id(), member.cellId(), year));
        assessment.submit(checked, member.cellId(), Instant.now(clock));
        assessments.save(assessment);
    }

    /**
     * The committee enters a past year's self-assessment a member made on paper (moving a paper
     * handbook in), with the date it was handed in; a year the member already assessed stays as is.
     */
    @Transactional
    public boolean recordFromPaper(Viewer viewer, long memberId, int year, List<AnswerInput> answers, Instant submittedAt) {
        checkYear(year);
        MemberView member = roll.member(viewer, memberId);
        if (year >= currentYear() || submittedAt.isAfter(Instant.now(clock))) {
            throw new HandbookException("Chỉ nhập bản tự đánh giá giấy của những năm trước, với ngày nộp không sau hôm nay.");
        }
        if (assessments.findByMemberIdAndYear(memberId, year).isPresent()) {
            return false;
        }
        SelfAssessment assessment = new SelfAssessment(memberId, member.cellId(), year);
        assessment.submit(check(answers), member.cellId(), submittedAt);
        assessments.save(assessment);
        return true;
    }

    /** The counts and the members still to submit, for one cell or (committee) the whole organization. */
    public AssessmentSummary summary(Viewer viewer, int year, @Nullable Long requestedCell) {
        CellRoll.Scope scope = roll.of(viewer, requestedCell);
        checkYear(year);
        List<MemberView> expected = scope.expected();
        Set<Long> ids = expected.stream().map(MemberView::id).collect(Collectors.toSet());
        List<SelfAssessment> submitted = new ArrayList<>();
        List<Long> idList = List.copyOf(ids);
        for (int from = 0; from < idList.size(); from += 1_000) {
            submitted.addAll(assessments.findByYearAndMemberIdIn(year, idList.subList(from, Math.min(idList.size(), from + 1_000))));
        }
        Map<String, long[]> tally = new HashMap<>();
        for (SelfAssessment assessment : submitted) {
            for (SelfAssessment.Answer answer : assessment.getAnswers()) {
                long[] counts = tally.computeIfAbsent(answer.code(), c -> new long[2]);
                if (answer.degree() == Degree.SOME) {
                    counts[0]++;
                } else if (answer.degree() == Degree.CLEARLY) {
                    counts[1]++;
                }
            }
        }
        List<AssessmentSummary.Count> counts = catalog().stream().map(m -> {
            long[] c = tally.getOrDefault(m.code(), new long[2]);
            return new AssessmentSummary.Count(m, c[0], c[1]);
        }).toList();
        Set<Long> done = submitted.stream().map(SelfAssessment::getMemberId).collect(Collectors.toSet());
        List<PendingMember> pending = expected.stream().filter(m -> !done.contains(m.id()))
                .map(m -> new PendingMember(m.id(), m.fullName(), m.cellName())).toList();
        return new AssessmentSummary(year, scope.name(), counts, done.size(), expected.size(), pending);
    }

    private void checkYear(int year) {
        if (year < FIRST_YEAR || year > currentYear()) {
            throw new HandbookException("Năm tự đánh giá phải từ " + FIRST_YEAR + " đến " + currentYear() + ".");
        }
    }

    private List<SelfAssessment.Answer> check(List<AnswerInput> answers) {
        Map<String, ManifestationView> byCode = new LinkedHashMap<>();
        catalog().forEach(m -> byCode.put(m.code(), m));
        Map<String, AnswerInput> given = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (AnswerInput answer : answers) {
            if (!byCode.containsKey(answer.code())) {
                throw new HandbookException("Biểu hiện không có trong danh mục: \"" + shorten(answer.code()) + "\".");
            }
            given.put(answer.code(), answer);
        }
        List<SelfAssessment.Answer> checked = new ArrayList<>();
        for (ManifestationView m : byCode.values()) {
            AnswerInput answer = given.get(m.code());
            if (answer == null || answer.degree() == null) {
                problems.add(m.code() + ": chưa chọn mức độ");
                continue;
            }
            String note = text(answer.note(), m.code(), "ghi chú", problems);
            String remedy = text(answer.remedy(), m.code(), "biện pháp khắc phục", problems);
            if (answer.degree() != Degree.NONE && remedy.isEmpty()) {
                problems.add(m.code() + ": có biểu hiện thì cần ghi biện pháp khắc phục");
            }
            checked.add(new SelfAssessment.Answer(m.code(), answer.degree(), note, remedy));
        }
        if (!problems.isEmpty()) {
            throw new HandbookException("Bản tự đánh giá chưa đầy đủ, chưa lưu: " + String.join("; ", problems.subList(0, Math.min(10, problems.size())))
                    + (problems.size() > 10 ? "; và " + (problems.size() - 10) + " mục khác." : "."));
        }
        return checked;
    }

    /** Plain text: kept as typed (the pages escape it), without control characters, at most 1,000 characters. */
    private static String text(@Nullable String typed, String code, String what, List<String> problems) {
        String clean = typed == null ? "" : VietnameseText.clean(typed.replaceAll("\\p{Cntrl}", " "));
        if (clean.length() > MAX_TEXT) {
            problems.add(code + ": " + what + " dài quá " + MAX_TEXT + " ký tự");
            return "";
        }
        return clean;
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    private static AssessmentView view(SelfAssessment assessment, int year) {
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        for (SelfAssessment.Answer a : assessment.getAnswers()) {
            answers.put(a.code(), new AnswerInput(a.code(), a.degree(), a.note(), a.remedy()));
        }
        return new AssessmentView(year, assessment.getSubmittedAt(), answers);
    }
}
