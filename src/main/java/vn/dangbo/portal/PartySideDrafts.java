package vn.dangbo.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dangbo.congress.ElectionResultsApproved;
import vn.dangbo.handbook.StudiedDocument;
import vn.dangbo.handbook.StudyCampaignCompleted;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.VietnameseText;
import vn.dangbo.shared.Viewer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The party side's news starts an article for the editors: approved election results, or a study
 * campaign that reached 100%, become a draft in the newsroom. Never more than a draft: an editor
 * rewrites it, sends it to review and publishes it, or deletes it.
 */
@Component
class PartySideDrafts {

    private static final Logger log = LoggerFactory.getLogger(PartySideDrafts.class);
    /** Who the newsroom's revision history names as the author of the first draft. */
    static final Viewer SYSTEM = new Viewer("hệ thống", Set.of(Viewer.EDITOR), null, null);

    private final Newsroom newsroom;
    private final Sections sections;
    private final MessageSource messages;
    private final String sectionSlug;

    PartySideDrafts(Newsroom newsroom, Sections sections, MessageSource messages,
                    @Value("${dangbo.portal.party-news-section:chinh-tri}") String sectionSlug) {
        this.newsroom = newsroom;
        this.sections = sections;
        this.messages = messages;
        this.sectionSlug = sectionSlug;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ElectionResultsApproved approved) {
        String body = messages.getMessage("ElectionKind." + approved.kind(), null, approved.kind().name(), VietnameseText.LOCALE);
        String names = approved.elected().stream().map(ElectionResultsApproved.Elected::fullName).collect(Collectors.joining(", "));
        draft("Kết quả bầu " + body + " " + approved.congressName(),
                approved.congressName() + " đã bầu " + body + " nhiệm kỳ " + approved.termLabel() + "; kết quả được "
                        + approved.approval().body() + " chuẩn y.",
                List.of("Danh sách trúng cử (" + approved.elected().size() + "): " + names + ".",
                        "Quyết định chuẩn y số " + approved.approval().decisionNumber() + " ngày "
                                + VietnameseDates.date(approved.approval().decidedOn()) + " của " + approved.approval().body() + ".",
                        "[Bản nháp do hệ thống tạo từ kết quả đã chuẩn y: biên tập viên viết lại, bổ sung ảnh và chú thích trước khi đăng.]"));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(StudyCampaignCompleted completed) {
        String documents = completed.documents().stream().map(StudiedDocument::number).collect(Collectors.joining(", "));
        draft("100% đảng viên hoàn thành học tập: " + completed.title(),
                "Đến ngày " + VietnameseDates.date(completed.completedOn()) + ", toàn bộ đảng viên thuộc diện học tập đã hoàn thành đợt "
                        + completed.title() + ".",
                List.of("Văn bản học tập: " + documents + ".",
                        "[Bản nháp do hệ thống tạo khi đợt học tập đạt 100%: biên tập viên viết lại trước khi đăng.]"));
    }

    private void draft(String title, String lead, List<String> paragraphs) {
        Section section = sections.findBySlug(sectionSlug)
                .or(() -> sections.findAllByOrderByPositionAscIdAsc().stream().findFirst())
                .orElse(null);
        if (section == null) {
            log.info("No portal section yet: no draft for \"{}\"", title);
            return;
        }
        String shortTitle = title.length() > 280 ? title.substring(0, 280) : title;
        long id = newsroom.create(SYSTEM, new ArticleForm(section.getId(), shortTitle, "", lead, String.join("\n\n", paragraphs),
                "Tòa soạn", ""));
        log.info("Draft article {} started from the party side: {}", id, shortTitle);
    }
}
