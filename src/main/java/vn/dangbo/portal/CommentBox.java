package vn.dangbo.portal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readers' comments on the public side: taking them in (pre-moderated: every accepted comment
 * waits for a moderator) and showing the approved ones. A filled-in honeypot is dropped without a
 * trace; a blocked commenter's comment is kept as spam, and the reader is told, as anyone is, that
 * it awaits moderation, so a blocked robot learns nothing.
 */
@Service
@Transactional
public class CommentBox {

    /** Who the records name when the rules, not a moderator, decided. */
    static final String SYSTEM = "system";

    public enum Outcome { PENDING, DROPPED, KEPT_AS_SPAM }

    private final Comments comments;
    private final CommentActions actions;
    private final CommentBlocks blocks;
    private final Articles articles;
    private final ClientAddresses addresses;
    private final CommentRateLimit rateLimit;
    private final CommentSettings settings;
    private final Clock clock;

    CommentBox(Comments comments, CommentActions actions, CommentBlocks blocks, Articles articles, ClientAddresses addresses,
               CommentRateLimit rateLimit, CommentSettings settings, Clock clock) {
        this.comments = comments;
        this.actions = actions;
        this.blocks = blocks;
        this.articles = articles;
        this.addresses = addresses;
        this.rateLimit = rateLimit;
        this.settings = settings;
        this.clock = clock;
    }

    public CommentSettings settings() {
        return settings;
    }

    /** Counts one post against the client's allowance; refuses when it is spent (the page answers 429). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public void admit(String clientAddress) {
        Duration wait = rateLimit.take(clientAddress);
        if (!wait.isZero()) {
            throw new CommentRefused("comments.error.tooMany", settings.ratePerAddress(),
                    Math.max(1, settings.ratePeriod().toMinutes()), Math.max(1, (wait.toSeconds() + 59) / 60));
        }
    }

    public Outcome submit(NewComment comment, String clientAddress) {
        Article article = articles.findById(comment.articleId())
                .filter(a -> a.isVisibleAt(Instant.now(clock)))
                .orElseThrow(() -> new CommentRefused("comments.error.noArticle"));
        if (comment.fellIntoTrap()) {
            return Outcome.DROPPED;
        }
        Map<String, CommentRefused> problems = comment.problems(settings);
        if (!problems.isEmpty()) {
            throw new CommentInvalid(problems);
        }
        String hash = addresses.hash(clientAddress);
        boolean blocked = blocks.existsByKindAndValueAndLiftedAtIsNull(CommentBlock.Kind.EMAIL, normalEmail(comment.email()))
                || blocks.existsByKindAndValueAndLiftedAtIsNull(CommentBlock.Kind.ADDRESS, hash);
        Instant now = Instant.now(clock);
        Comment saved = comments.save(new Comment(article.getId(), comment.name(), comment.email(), comment.content(), hash,
                CommentState.PENDING, now));
        if (blocked) {
            actions.save(saved.moveTo(CommentState.SPAM, SYSTEM, "blocked", now));
            return Outcome.KEPT_AS_SPAM;
        }
        return Outcome.PENDING;
    }

    /** The approved comments of an article, oldest first. */
    @Transactional(readOnly = true)
    public List<PublishedComment> approved(long articleId) {
        return comments.findByArticleIdAndStateOrderByCreatedAtAscIdAsc(articleId, CommentState.APPROVED).stream()
                .map(c -> new PublishedComment(c.getId(), c.getName(), c.getContent(), c.getCreatedAt()))
                .toList();
    }

    static String normalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
