/**
 * In-app notices and mail, fed by {@link vn.dangbo.shared.NoticeRequested} events from the other
 * modules: each recipient gets a notice on their handbook page and, when asked and mail is set up
 * ({@code spring.mail.host}), an e-mail. Knows members only by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package vn.dangbo.notifications;
