package vn.dangbo.handbook;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.dangbo.members.Decision;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.NoticeRequested;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's study figures as loaded, then the daily reminder on a clock the test sets (its own
 * context, so the demo is fresh and the exemption below touches no other test): sent from three days before the deadline, once per member, only to those who must
 * study and have not, never after the deadline.
 */
@SpringBootTest
@RecordApplicationEvents
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudyReminderIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** A fixed clock the test moves from day to day. */
    static final class DayClock extends Clock {
        private Instant now = START.atTime(8, 0).atZone(VietnameseDates.ZONE).toInstant();

        void setDay(LocalDate day) {
            now = day.atTime(8, 0).atZone(VietnameseDates.ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return VietnameseDates.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        DayClock dayClock() {
            return new DayClock();
        }
    }

    @Autowired
    DayClock clock;
    @Autowired
    StudyReminderJob job;
    @Autowired
    StudyBook book;
    @Autowired
    DocumentLibrary library;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    ApplicationEvents events;
    @Autowired
    SelfAssessmentBook assessments;
    @Autowired
    CommitmentBook commitments;

    @Test
    @Order(1)
    void theDemoResolutionFourStudyIsAtOneHundredPercentAndThisYearsIsUnderWay() {
        List<StudyCampaignSummary> demo = book.list(COMMITTEE);
        StudyCampaignSummary tw4 = demo.stream().filter(s -> s.campaign().title().contains("Nghị quyết Trung ương 4 khóa XII")).findFirst().orElseThrow();
        int rolls = registry.all(MemberQuery.all(), COMMITTEE).size();
        assertThat(rolls).isEqualTo(33);
        assertThat(tw4.figure().studied()).isEqualTo(rolls);
        assertThat(tw4.figure().percent()).isEqualTo(100);
        assertThat(tw4.campaign().completedOn()).isNotNull();
        assertThat(tw4.campaign().documents()).extracting(StudiedDocument::number).containsExactly("04-NQ/TW", "15-KH/ĐU");
        StudyProgress cells = book.progress(COMMITTEE, tw4.campaign().id(), null);
        assertThat(cells.cells()).hasSize(organization.activeCells().size()).allMatch(c -> c.percent() == 100);

        StudyCampaignSummary current = demo.stream().filter(s -> s.campaign().title().startsWith("Học tập chuyên đề năm 2026")).findFirst().orElseThrow();
        assertThat(current.figure().percent()).isBetween(1, 99);
        assertThat(book.progress(COMMITTEE, current.campaign().id(), null).notStudied()).extracting(PendingMember::fullName)
                .contains("Nguyễn Văn An");

        // paper self-assessments and commitments for three past years, none in the four years the other tests use
        assertThat(assessments.summary(COMMITTEE, 2020, null).submitted()).isEqualTo(32);
        assertThat(commitments.summary(COMMITTEE, 2022, null).acknowledged()).isEqualTo(32);
        for (int year = 2023; year <= 2026; year++) {
            assertThat(assessments.summary(COMMITTEE, year, null).submitted()).isZero();
            assertThat(commitments.summary(COMMITTEE, year, null).acknowledged()).isZero();
        }
    }

    @Test
    @Order(2)
    void remindsThoseWhoHaveNotStudiedOnceFromThreeDaysBeforeTheDeadlineAndNeverAfter() {
        clock.setDay(START);
        OrganizationUnit cell = organization.activeCells().get(2);
        List<MemberView> members = onRolls(cell);
        long soon = book.open(COMMITTEE, campaign("Học tập hạn gần", cell, START.plusDays(2)));
        long later = book.open(COMMITTEE, campaign("Học tập hạn xa", cell, START.plusDays(10)));
        long past = book.open(COMMITTEE, campaign("Học tập đã hết hạn", cell, START.minusDays(1)));
        MemberView studied = members.get(0);
        book.markStudied(viewer(studied), soon, "Đã học", null, null);
        MemberView exempt = members.get(1);
        registry.exempt(exempt.id(), new Decision(START, "07-QĐ/CB", "Ốm dài ngày"), COMMITTEE);

        job.remindDue();

        List<NoticeRequested> first = notices();
        assertThat(first).extracting(NoticeRequested::link).containsExactly("/study/" + soon);
        NoticeRequested reminder = first.getFirst();
        assertThat(reminder.byMail()).isTrue();
        assertThat(reminder.subject()).isEqualTo("Nhắc học tập: Học tập hạn gần");
        assertThat(reminder.body()).contains("04/03/2026", "còn 2 ngày");
        assertThat(reminder.memberIds()).containsExactlyInAnyOrderElementsOf(
                members.stream().map(MemberView::id).filter(id -> id != studied.id() && id != exempt.id()).toList());

        // a second run the same day, or after a restart, sends nothing again
        events.clear();
        job.remindDue();
        assertThat(notices()).isEmpty();

        // one who studies in the meantime is not reminded for the later campaign
        book.markStudied(viewer(members.get(2)), later, null, null, null);
        clock.setDay(START.plusDays(6));
        job.remindDue();
        assertThat(notices()).isEmpty();
        clock.setDay(START.plusDays(7));
        job.remindDue();
        List<NoticeRequested> second = notices();
        assertThat(second).extracting(NoticeRequested::link).containsExactly("/study/" + later);
        assertThat(second.getFirst().memberIds()).doesNotContain(members.get(2).id(), exempt.id())
                .hasSize(members.size() - 2);

        // after the deadline, nobody is reminded of it, however many have not studied
        events.clear();
        clock.setDay(START.plusDays(11));
        job.remindDue();
        assertThat(notices()).isEmpty();
        assertThat(book.progress(COMMITTEE, past, null).studied()).isZero();
        // the exempt member does not count among those who must study (dangbo.study.excluded-standings)
        assertThat(book.progress(COMMITTEE, soon, null).expected()).isEqualTo(members.size() - 1);
    }

    private List<NoticeRequested> notices() {
        return events.stream(NoticeRequested.class).filter(n -> n.link() != null && n.link().startsWith("/study/")).toList();
    }

    private StudyCampaignForm campaign(String title, OrganizationUnit cell, LocalDate deadline) {
        long tw4 = library.search(COMMITTEE, DocumentQuery.text("04-NQ/TW"), 0).hits().stream()
                .filter(h -> h.number().equals("04-NQ/TW")).findFirst().orElseThrow().id();
        return new StudyCampaignForm(title, "", List.of(tw4), false, List.of(cell.id()), deadline);
    }

    private List<MemberView> onRolls(OrganizationUnit cell) {
        return registry.all(new MemberQuery(null, cell.id(), null, null, null, null, null, null, false), COMMITTEE).stream()
                .filter(m -> m.standing().onRolls()).toList();
    }

    private static Viewer viewer(MemberView member) {
        return new Viewer("dv" + member.id(), Set.of(Viewer.MEMBER), member.cellId(), member.id());
    }
}
