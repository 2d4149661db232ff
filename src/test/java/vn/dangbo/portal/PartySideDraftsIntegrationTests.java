package vn.dangbo.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.congress.Approval;
import vn.dangbo.congress.ElectionKind;
import vn.dangbo.congress.ElectionResultsApproved;
import vn.dangbo.handbook.StudiedDocument;
import vn.dangbo.handbook.StudyCampaignCompleted;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Party-side news starts a draft for the editors, and never reaches readers by itself. */
@SpringBootTest
class PartySideDraftsIntegrationTests {

    static final Viewer EDITOR = new Viewer("bientap", Set.of(Viewer.EDITOR), null, null);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Newsroom newsroom;

    @Test
    void approvedResultsStartADraftNamingTheElected() {
        ElectionResultsApproved approved = new ElectionResultsApproved(1, "Đại hội Chi bộ Thử nghiệm lần thứ V", 2,
                ElectionKind.EXECUTIVE_COMMITTEE, "Bầu Ban Chấp hành", "2025–2030",
                List.of(new ElectionResultsApproved.Elected(11, "Hoàng Thị Quỳnh", ElectionKind.EXECUTIVE_COMMITTEE, 1),
                        new ElectionResultsApproved.Elected(12, "Đinh Văn Khải", ElectionKind.EXECUTIVE_COMMITTEE, 2)),
                new Approval("88-QĐ/ĐUK", LocalDate.of(2025, 7, 3), "Đảng ủy Khối"));
        transactions.executeWithoutResult(status -> events.publishEvent(approved));

        NewsroomRow draft = onlyDraft("Đại hội Chi bộ Thử nghiệm lần thứ V");
        assertThat(draft.title()).isEqualTo("Kết quả bầu Ban Chấp hành Đại hội Chi bộ Thử nghiệm lần thứ V");
        assertThat(draft.publishedAt()).isNull();
        EditorView editor = newsroom.article(EDITOR, draft.id());
        assertThat(editor.form().lead()).contains("nhiệm kỳ 2025–2030", "Đảng ủy Khối chuẩn y");
        assertThat(editor.form().body()).contains("Hoàng Thị Quỳnh, Đinh Văn Khải", "88-QĐ/ĐUK", "03/07/2025");
    }

    @Test
    void aCompletedStudyStartsADraftAndARolledBackOneDoesNot() {
        StudyCampaignCompleted completed = new StudyCampaignCompleted(5, "quán triệt Chỉ thị thử nghiệm 99-CT/TW",
                List.of(new StudiedDocument(3, "99-CT/TW", "Chỉ thị thử nghiệm")), LocalDate.of(2026, 11, 20));
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new StudyCampaignCompleted(6, "đợt bị hủy 98-CT/TW", List.of(), LocalDate.of(2026, 11, 21)));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> events.publishEvent(completed));

        assertThat(onlyDraft("Chỉ thị thử nghiệm 99-CT/TW").state()).isEqualTo(ArticleState.DRAFT);
        assertThat(newsroom.list(EDITOR, null, null, "98-CT/TW", 0).getContent()).isEmpty();
    }

    private NewsroomRow onlyDraft(String words) {
        List<NewsroomRow> rows = newsroom.list(EDITOR, ArticleState.DRAFT, null, words, 0).getContent();
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
