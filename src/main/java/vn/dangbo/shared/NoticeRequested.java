package vn.dangbo.shared;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A module asks that some members be told something: an invitation, a reminder, a deadline. The
 * notifications module keeps it as an in-app notice for each member and, when {@code byMail} and
 * mail is configured, mails those whose address {@link MailAddresses} knows. Published inside the
 * sender's transaction; nothing is delivered unless that transaction commits.
 *
 * @param link a path within the application (e.g. "/meetings/12"), or null
 */
public record NoticeRequested(List<Long> memberIds, String subject, String body, @Nullable String link, boolean byMail) {

    public NoticeRequested {
        memberIds = List.copyOf(memberIds);
        if (subject.isBlank()) {
            throw new IllegalArgumentException("A notice needs a subject");
        }
    }
}
