package vn.dangbo.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.shared.MailAddresses;
import vn.dangbo.shared.NoticeRequested;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Notices on a real database and mail through a real SMTP server (GreenMail on a free port). */
@SpringBootTest
class NoticeBoxIntegrationTests {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final long WITH_ADDRESS = 900_001;
    static final long WITHOUT_ADDRESS = 900_002;

    static {
        SMTP.start();
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @TestConfiguration
    static class Addresses {
        // Primary over the members module's address book, whose records these invented ids are not.
        @Bean
        @org.springframework.context.annotation.Primary
        MailAddresses mailAddresses() {
            return member -> member == WITH_ADDRESS ? "an.nguyen@example.vn" : null;
        }
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NoticeBox box;
    @Autowired
    Notices notices;

    @Test
    void aCommittedRequestLeavesANoticeForEachMemberAndMailsThoseWithAnAddress() throws Exception {
        transactions.executeWithoutResult(status -> events.publishEvent(new NoticeRequested(
                List.of(WITH_ADDRESS, WITHOUT_ADDRESS, WITH_ADDRESS), "Giấy mời họp chi bộ tháng 12",
                "Kính mời đồng chí dự họp lúc 14:00, Thứ năm, 10/12/2026.", "/meetings/7", true)));

        assertThat(box.latest(WITH_ADDRESS, 10)).extracting(NoticeView::subject).containsExactly("Giấy mời họp chi bộ tháng 12");
        assertThat(box.unread(WITHOUT_ADDRESS)).isEqualTo(1);
        assertThat(notices.findByMemberIdOrderByIdAsc(WITHOUT_ADDRESS)).extracting(Notice::getMailStatus).containsExactly("NO_ADDRESS");
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessagesForDomain("example.vn")[0];
        assertThat(mail.getSubject()).isEqualTo("Giấy mời họp chi bộ tháng 12");
        assertThat((String) mail.getContent()).contains("Thứ năm, 10/12/2026", "/meetings/7");

        NoticeView opened = box.open(WITH_ADDRESS, box.latest(WITH_ADDRESS, 1).getFirst().id()).orElseThrow();
        assertThat(opened.link()).isEqualTo("/meetings/7");
        assertThat(box.unread(WITH_ADDRESS)).isZero();
        assertThat(box.open(WITHOUT_ADDRESS, opened.id())).as("another member's notice").isEmpty();
    }

    @Test
    void aRolledBackRequestTellsNoOne() {
        long member = 900_003;
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new NoticeRequested(List.of(member), "Nhắc hạn học tập", "Còn 3 ngày.", null, false));
            status.setRollbackOnly();
        });
        assertThat(box.latest(member, 10)).isEmpty();
    }
}
