package vn.dangbo.handbook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.MemberView;
import vn.dangbo.shared.NoticeRequested;
import vn.dangbo.shared.VietnameseDates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Once a day: from {@code dangbo.study.remind-days-before} days before a campaign's deadline up to
 * the deadline itself, reminds (in the app and by mail) each member who must study and has not,
 * once per member and campaign; what was sent is kept, so a restart or a second run sends nothing
 * again. A day the server was down is caught up on the next run, never after the deadline. The same
 * run notices a campaign that reached 100% because the rolls changed.
 */
@Component
@Profile("!command")
@EnableScheduling
class StudyReminderJob {

    private final StudyCampaigns campaigns;
    private final StudyRecords records;
    private final StudyReminders reminders;
    private final StudyBook book;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int daysBefore;

    StudyReminderJob(StudyCampaigns campaigns, StudyRecords records, StudyReminders reminders, StudyBook book,
                     ApplicationEventPublisher events, Clock clock, @Value("${dangbo.study.remind-days-before:3}") int daysBefore) {
        this.campaigns = campaigns;
        this.records = records;
        this.reminders = reminders;
        this.book = book;
        this.events = events;
        this.clock = clock;
        this.daysBefore = Math.max(0, daysBefore);
    }

    /** Returns how many members were reminded. */
    @Scheduled(cron = "${dangbo.study.remind-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public int remindDue() {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        int sent = 0;
        for (StudyCampaign campaign : campaigns.openOn(today)) {
            book.checkCompletion(campaign);
            if (today.isBefore(campaign.getDeadline().minusDays(daysBefore))) {
                continue;
            }
            Set<Long> done = new HashSet<>(records.studiedBy(campaign.getId()));
            done.addAll(reminders.remindedIn(campaign.getId()));
            List<Long> due = book.expected(campaign).stream().map(MemberView::id).filter(id -> !done.contains(id)).distinct().toList();
            if (due.isEmpty()) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, campaign.getDeadline());
            String when = left == 0 ? "hôm nay" : "ngày " + VietnameseDates.date(campaign.getDeadline()) + " (còn " + left + " ngày)";
            events.publishEvent(new NoticeRequested(due, "Nhắc học tập: " + campaign.getTitle(),
                    "Đợt học tập \"" + campaign.getTitle() + "\" hết hạn " + when + ". Bạn chưa đánh dấu đã học tập; "
                            + "mời đồng chí học tập các văn bản và ghi nhận trên sổ tay đảng viên.",
                    "/study/" + campaign.getId(), true));
            reminders.saveAll(due.stream().map(id -> new StudyReminder(campaign.getId(), id, now)).toList());
            sent += due.size();
        }
        return sent;
    }
}
