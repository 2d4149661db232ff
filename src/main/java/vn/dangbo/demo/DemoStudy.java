package vn.dangbo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.handbook.AnswerInput;
import vn.dangbo.handbook.CommitmentBook;
import vn.dangbo.handbook.Degree;
import vn.dangbo.handbook.DocumentLibrary;
import vn.dangbo.handbook.DocumentQuery;
import vn.dangbo.handbook.ManifestationView;
import vn.dangbo.handbook.SelfAssessmentBook;
import vn.dangbo.handbook.StudyBook;
import vn.dangbo.handbook.StudyCampaignForm;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The handbook's demo after its documents: the Resolution TW4 (XII) study of December 2016, which
 * every member on today's rolls has studied (the 100% of the organization's report; the member
 * admitted in 2023 studied it in her first months), a campaign of this year in progress, and the
 * members' self-assessments and commitments entered from paper for three past years. The three
 * years before this one and this year are left empty: the handbook's tests sign and submit in them.
 */
@Component
class DemoStudy {

    private static final Logger log = LoggerFactory.getLogger(DemoStudy.class);
    private static final Viewer SYSTEM = new Viewer("hệ thống", Set.of(Viewer.ADMIN), null, null);
    /** Past years with paper self-assessments and commitments: this year minus 6 to minus 4. */
    static final int FIRST_PAST = 6;
    static final int LAST_PAST = 4;

    private static final List<String> REFLECTIONS = List.of(
            "Qua học tập, tôi nhận thức rõ hơn nguy cơ suy thoái về tư tưởng chính trị, đạo đức, lối sống. "
                    + "Tôi tự soi mình theo các biểu hiện của Nghị quyết và đăng ký khắc phục tác phong làm việc còn chậm.",
            "Bản thân tôi cam kết thẳng thắn tự phê bình và phê bình trong sinh hoạt chi bộ, "
                    + "giữ gìn đạo đức, lối sống giản dị, gần gũi đồng nghiệp và nhân dân.",
            "Nghị quyết giúp tôi nhận diện những biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" trên mạng xã hội; "
                    + "tôi sẽ chỉ chia sẻ thông tin chính thống và tham gia đấu tranh với luận điệu sai trái.");

    private final DocumentLibrary library;
    private final StudyBook study;
    private final SelfAssessmentBook assessments;
    private final CommitmentBook commitments;
    private final MemberRegistry registry;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoStudy(DocumentLibrary library, StudyBook study, SelfAssessmentBook assessments, CommitmentBook commitments,
              MemberRegistry registry, TransactionTemplate transaction, Clock clock) {
        this.library = library;
        this.study = study;
        this.assessments = assessments;
        this.commitments = commitments;
        this.registry = registry;
        this.transaction = transaction;
        this.clock = clock;
    }

    boolean loadIfEmpty() {
        if (library.isEmpty() || !study.isEmpty()) {
            return false;
        }
        List<MemberView> members = registry.all(MemberQuery.all(), SYSTEM).stream()
                .sorted(Comparator.comparingLong(MemberView::id)).toList();
        transaction.executeWithoutResult(status -> {
            resolutionFourStudy(members);
            studyThisYear(members);
            pastYears(members);
        });
        log.info("Demo data loaded: 2 study campaigns, self-assessments and commitments {}–{}",
                study.today().getYear() - FIRST_PAST, study.today().getYear() - LAST_PAST);
        return true;
    }

    private void resolutionFourStudy(List<MemberView> members) {
        long id = study.open(SYSTEM, new StudyCampaignForm("Học tập, quán triệt Nghị quyết Trung ương 4 khóa XII",
                "Theo Kế hoạch 15-KH/ĐU: các chi bộ tổ chức học tập trong tháng 12/2016; mỗi đảng viên viết bài thu hoạch "
                        + "và tự soi, tự sửa theo các biểu hiện suy thoái đã được nhận diện.",
                List.of(document("04-NQ/TW"), document("15-KH/ĐU")), true, List.of(), LocalDate.of(2016, 12, 31)));
        List<MemberView> inOrder = new ArrayList<>(members);
        // the member admitted in 2023 studied it in her first months, so she is entered last
        inOrder.sort(Comparator.comparing((MemberView m) -> m.admittedOn().isAfter(LocalDate.of(2016, 12, 1))));
        for (int i = 0; i < inOrder.size(); i++) {
            MemberView m = inOrder.get(i);
            LocalDate on = m.admittedOn().isAfter(LocalDate.of(2016, 12, 1)) ? m.admittedOn().plusMonths(1)
                    : LocalDate.of(2016, 12, 5 + i % 20);
            study.recordFromPaper(SYSTEM, id, m.id(), at(on, 15), i % 4 == 0 ? REFLECTIONS.get(i % REFLECTIONS.size()) : null);
        }
    }

    private void studyThisYear(List<MemberView> members) {
        int year = study.today().getYear();
        long id = study.open(SYSTEM, new StudyCampaignForm(
                "Học tập chuyên đề năm " + year + " về tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "Mỗi đảng viên học Chỉ thị 05-CT/TW và Quy định 08-QĐi/TW, đăng ký một việc làm theo cụ thể "
                        + "và nộp bài thu hoạch trước hạn.",
                List.of(document("05-CT/TW"), document("08-QĐi/TW")), true, List.of(), study.today().plusDays(25)));
        // about two in three have studied; "Nguyễn Văn An" (the demo account dangvien) has not yet
        for (int i = 0; i < members.size(); i++) {
            MemberView m = members.get(i);
            if (i % 3 != 0 && !m.fullName().equals("Nguyễn Văn An")) {
                study.recordFromPaper(SYSTEM, id, m.id(), Instant.now(clock).minusSeconds(3_600L * (i + 1)),
                        i % 5 == 1 ? REFLECTIONS.get(i % REFLECTIONS.size()) : null);
            }
        }
    }

    private void pastYears(List<MemberView> members) {
        int thisYear = assessments.currentYear();
        List<ManifestationView> catalog = assessments.catalog();
        for (int year = thisYear - FIRST_PAST; year <= thisYear - LAST_PAST; year++) {
            for (int i = 0; i < members.size(); i++) {
                MemberView m = members.get(i);
                if (m.admittedOn().getYear() > year) {
                    continue;
                }
                commitments.recordFromPaper(SYSTEM, m.id(), year, at(LocalDate.of(year, 1, 10 + i % 15), 9));
                List<AnswerInput> answers = new ArrayList<>();
                for (ManifestationView manifestation : catalog) {
                    boolean some = (i + year) % 7 == 0 && manifestation.code().equals("2.5")
                            || (i + year) % 11 == 0 && manifestation.code().equals("1.4");
                    answers.add(some
                            ? new AnswerInput(manifestation.code(), Degree.SOME, "Có lúc chưa sâu sát cơ sở",
                                    "Mỗi quý xuống làm việc với ít nhất một đơn vị")
                            : new AnswerInput(manifestation.code(), Degree.NONE, "", ""));
                }
                assessments.recordFromPaper(SYSTEM, m.id(), year, answers, at(LocalDate.of(year, 12, 1 + i % 20), 10));
            }
        }
    }

    private long document(String number) {
        return library.search(SYSTEM, DocumentQuery.text(number), 0).hits().stream().filter(h -> h.number().equals(number))
                .findFirst().orElseThrow(() -> new IllegalStateException("Demo document " + number + " is missing")).id();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(VietnameseDates.ZONE).toInstant();
    }
}
