package vn.dangbo.notifications;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dangbo.shared.MailAddresses;
import vn.dangbo.shared.NoticeRequested;

import java.time.Clock;
import java.util.List;

/**
 * Keeps each member's notices and mails them when asked. Notices are stored once the sender's
 * transaction commits, so a meeting that failed to save invites no one; mail goes out after the
 * notices are stored, and a mail server that is down costs only the mail, never the notice.
 */
@Service
public class NoticeBox {

    private static final Logger log = LoggerFactory.getLogger(NoticeBox.class);
    private static final int BODY_LIMIT = 4000;

    private final Notices notices;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<MailAddresses> addresses;
    private final String from;
    private final String baseUrl;

    NoticeBox(Notices notices, Clock clock, ObjectProvider<JavaMailSender> mail, ObjectProvider<MailAddresses> addresses,
              @Value("${dangbo.mail.from:no-reply@dangbo.local}") String from,
              @Value("${dangbo.base-url:http://localhost:8080}") String baseUrl) {
        this.notices = notices;
        this.clock = clock;
        this.mail = mail;
        this.addresses = addresses;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(NoticeRequested request) {
        String body = request.body().length() > BODY_LIMIT ? request.body().substring(0, BODY_LIMIT) : request.body();
        String subject = request.subject().length() > 300 ? request.subject().substring(0, 300) : request.subject();
        List<Notice> stored = request.memberIds().stream().distinct()
                .map(member -> new Notice(member, subject, body, request.link(), clock.instant()))
                .toList();
        notices.saveAll(stored);
        if (request.byMail()) {
            stored.forEach(notice -> notice.mailed(send(notice)));
        }
    }

    private String send(Notice notice) {
        JavaMailSender sender = mail.getIfAvailable();
        MailAddresses book = addresses.getIfAvailable();
        @Nullable String to = book == null ? null : book.emailOf(notice.getMemberId());
        if (sender == null || to == null || to.isBlank()) {
            return "NO_ADDRESS";
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(notice.getSubject());
        message.setText(notice.getBody() + (notice.view().link() == null ? "" : "\n\n" + baseUrl + notice.view().link()));
        try {
            sender.send(message);
            return "SENT";
        } catch (MailException e) {
            log.warn("Could not mail notice {} to member {}: {}", notice.getId(), notice.getMemberId(), e.getMessage());
            return "FAILED";
        }
    }

    @Transactional(readOnly = true)
    public List<NoticeView> latest(long memberId, int limit) {
        return notices.findByMemberIdOrderByCreatedAtDescIdDesc(memberId, Limit.of(limit)).stream().map(Notice::view).toList();
    }

    @Transactional(readOnly = true)
    public long unread(long memberId) {
        return notices.countByMemberIdAndReadAtIsNull(memberId);
    }

    /** Marks one of the member's own notices read and returns where it points; empty for another's notice. */
    @Transactional
    public java.util.Optional<NoticeView> open(long memberId, long noticeId) {
        return notices.findByIdAndMemberId(noticeId, memberId).map(notice -> {
            notice.markRead(clock.instant());
            return notice.view();
        });
    }
}
