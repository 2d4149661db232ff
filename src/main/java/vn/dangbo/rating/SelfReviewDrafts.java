package vn.dangbo.rating;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.handbook.AnswerInput;
import vn.dangbo.handbook.AssessmentView;
import vn.dangbo.handbook.CommitmentBook;
import vn.dangbo.handbook.CommitmentStatus;
import vn.dangbo.handbook.Degree;
import vn.dangbo.handbook.HandbookException;
import vn.dangbo.handbook.ManifestationView;
import vn.dangbo.handbook.SelfAssessmentBook;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.Viewer;

import java.util.ArrayList;
import java.util.List;

/**
 * A first draft of a member's personal review (bản kiểm điểm, Mẫu 2A) from what they wrote in the
 * handbook for the year: their self-assessment against the 27 manifestations and the commitment
 * they signed. Only for the member themself: the handbook shows a member's answers to no one else.
 */
@Service
@Transactional(readOnly = true)
public class SelfReviewDrafts {

    static final int MAX = 4000;

    private final SelfAssessmentBook assessments;
    private final CommitmentBook commitments;

    SelfReviewDrafts(SelfAssessmentBook assessments, CommitmentBook commitments) {
        this.assessments = assessments;
        this.commitments = commitments;
    }

    /** The draft for the viewer's own review of the year, or null when the handbook has nothing of theirs for it. */
    public @Nullable String draftFor(Viewer viewer, int year) {
        if (viewer.memberId() == null) {
            return null;
        }
        AssessmentView assessment = assessments.mine(viewer, year);
        CommitmentStatus commitment = commitmentOf(viewer, year);
        boolean signed = commitment != null && commitment.acknowledgedAt() != null;
        if (assessment == null && !signed) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add("BẢN KIỂM ĐIỂM CÁ NHÂN NĂM " + year + " (bản nháp từ Sổ tay đảng viên, cần xem lại và bổ sung)");
        parts.add("1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc:");
        if (assessment != null) {
            parts.add(manifestations(assessment));
        } else {
            parts.add("- (Chưa tự đánh giá theo 27 biểu hiện trong Sổ tay.)");
        }
        if (signed) {
            String title = commitment.signed() != null ? commitment.signed().title() : commitment.template().title();
            parts.add("2. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu: đã ký \"" + title + "\" ngày "
                    + day(commitment.acknowledgedAt()) + "; tự đánh giá việc thực hiện: …");
        } else {
            parts.add("2. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu: (chưa ký bản cam kết năm " + year + " trong Sổ tay.)");
        }
        parts.add("3. Kết quả thực hiện chức trách, nhiệm vụ được giao: …");
        parts.add("4. Hạn chế, khuyết điểm, nguyên nhân và biện pháp khắc phục: …");
        parts.add("5. Tự nhận mức xếp loại chất lượng: …");
        String text = String.join("\n", parts);
        return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
    }

    private static String day(java.time.Instant instant) {
        return VietnameseDates.date(instant.atZone(VietnameseDates.ZONE).toLocalDate());
    }

    private @Nullable CommitmentStatus commitmentOf(Viewer viewer, int year) {
        try {
            return commitments.status(viewer, year);
        } catch (HandbookException | java.util.NoSuchElementException e) {
            return null; // no commitment worded for that year
        }
    }

    private String manifestations(AssessmentView assessment) {
        List<String> found = new ArrayList<>();
        for (ManifestationView m : assessments.catalog()) {
            AnswerInput answer = assessment.answers().get(m.code());
            if (answer == null || answer.degree() == null || answer.degree() == Degree.NONE) {
                continue;
            }
            String line = "- Biểu hiện " + m.code() + " (" + (answer.degree() == Degree.CLEARLY ? "rõ" : "có phần") + "): " + m.wording();
            if (answer.note() != null && !answer.note().isBlank()) {
                line += " Ghi chú: " + answer.note().strip();
            }
            if (answer.remedy() != null && !answer.remedy().isBlank()) {
                line += " Khắc phục: " + answer.remedy().strip();
            }
            found.add(line);
        }
        String head = "- Đã tự đánh giá theo 27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", "
                + "\"tự chuyển hóa\" (Nghị quyết 04-NQ/TW) ngày " + day(assessment.submittedAt()) + ": ";
        return found.isEmpty() ? head + "không có biểu hiện nào." : head + "có " + found.size() + " biểu hiện cần khắc phục:\n"
                + String.join("\n", found);
    }
}
