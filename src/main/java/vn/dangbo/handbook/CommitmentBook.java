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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The yearly commitment (party-work.md R14): the committee words it, each member acknowledges the
 * wording in force for the year, and the cell secretary and the committee see who has not.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentBook {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 20_000;

    private final CommitmentTemplates templates;
    private final Commitments commitments;
    private final CellRoll roll;
    private final Clock clock;

    CommitmentBook(CommitmentTemplates templates, Commitments commitments, CellRoll roll, Clock clock) {
        this.templates = templates;
        this.commitments = commitments;
        this.roll = roll;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public CommitmentTemplateView templateFor(int year) {
        checkYear(year);
        return inForce(year).toView();
    }

    public CommitmentStatus status(Viewer viewer, int year) {
        CommitmentTemplateView template = templateFor(year);
        if (viewer.memberId() == null) {
            return new CommitmentStatus(year, template, null, null);
        }
        return commitments.findByMemberIdAndYear(viewer.memberId(), year)
                .map(c -> new CommitmentStatus(year, template, c.getAcknowledgedAt(),
                        templates.findById(c.getTemplateId()).map(CommitmentTemplate::toView).orElse(null)))
                .orElseGet(() -> new CommitmentStatus(year, template, null, null));
    }

    /** The viewer signs the wording in force for the year; once a year. */
    @Transactional
    public void acknowledge(Viewer viewer, int year) {
        checkYear(year);
        MemberView member = roll.own(viewer);
        if (commitments.findByMemberIdAndYear(member.id(), year).isPresent()) {
            throw new HandbookException("Bạn đã ký bản cam kết năm " + year + ".");
        }
        commitments.save(new Commitment(member.id(), member.cellId(), year, inForce(year).getId(), Instant.now(clock)));
    }

    /** The committee enters a past year's commitment a member signed on paper, on the day it was signed. */
    @Transactional
    public boolean recordFromPaper(Viewer viewer, long memberId, int year, Instant signedAt) {
        checkYear(year);
        MemberView member = roll.member(viewer, memberId);
        if (year >= currentYear() || signedAt.isAfter(Instant.now(clock))) {
            throw new HandbookException("Chỉ nhập bản cam kết giấy của những năm trước, với ngày ký không sau hôm nay.");
        }
        if (commitments.findByMemberIdAndYear(memberId, year).isPresent()) {
            return false;
        }
        commitments.save(new Commitment(memberId, member.cellId(), year, inForce(year).getId(), signedAt));
        return true;
    }

    /** The committee rewords the commitment from a year on; what members signed before stays as they signed it. */
    @Transactional
    public void reword(Viewer viewer, int year, @Nullable String title, @Nullable String body) {
        viewer.require(viewer.seesAllCells());
        checkYear(year);
        String cleanTitle = title == null ? "" : VietnameseText.clean(title.replaceAll("\\p{Cntrl}", " "));
        // keep the body's line breaks, drop every other control character
        String cleanBody = body == null ? "" : body.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n]]", " ").strip();
        List<String> problems = new ArrayList<>();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            problems.add("tiêu đề không được để trống, tối đa " + MAX_TITLE + " ký tự");
        }
        if (cleanBody.isEmpty() || cleanBody.length() > MAX_BODY) {
            problems.add("nội dung không được để trống, tối đa " + String.format("%,d", MAX_BODY).replace(',', '.') + " ký tự");
        }
        if (!problems.isEmpty()) {
            throw new HandbookException("Chưa lưu mẫu cam kết: " + String.join("; ", problems) + ".");
        }
        CommitmentTemplate template = templates.findByEffectiveYear(year).orElseGet(() -> new CommitmentTemplate(year));
        template.reword(cleanTitle, cleanBody, Instant.now(clock), viewer.username());
        templates.save(template);
    }

    public CommitmentStatus.Summary summary(Viewer viewer, int year, @Nullable Long requestedCell) {
        CellRoll.Scope scope = roll.of(viewer, requestedCell);
        checkYear(year);
        List<Long> ids = scope.expected().stream().map(MemberView::id).toList();
        Set<Long> done = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 1_000) {
            done.addAll(commitments.acknowledgedAmong(year, ids.subList(from, Math.min(ids.size(), from + 1_000))));
        }
        List<PendingMember> pending = scope.expected().stream().filter(m -> !done.contains(m.id()))
                .map(m -> new PendingMember(m.id(), m.fullName(), m.cellName())).toList();
        return new CommitmentStatus.Summary(year, scope.name(), done.size(), ids.size(), pending);
    }

    private CommitmentTemplate inForce(int year) {
        return templates.findFirstByEffectiveYearLessThanEqualOrderByEffectiveYearDesc(year)
                .orElseThrow(() -> new HandbookException("Chưa có mẫu bản cam kết cho năm " + year + "."));
    }

    private void checkYear(int year) {
        if (year < SelfAssessmentBook.FIRST_YEAR || year > currentYear()) {
            throw new HandbookException("Năm cam kết phải từ " + SelfAssessmentBook.FIRST_YEAR + " đến " + currentYear() + ".");
        }
    }
}
