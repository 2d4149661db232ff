package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The moderators' side of comments: the queue by state, bulk steps (approve, reject, spam, hide),
 * blocking a commenter by email and by address hash, and lifting a block. Only a moderator (or
 * the administrator) may; every step records who and when. Approving or hiding a comment changes
 * what readers see, so it tells the page cache ({@link PortalContentChanged}).
 */
@Service
@Transactional
public class CommentModeration {

    public static final int PAGE_SIZE = 50;
    static final int MAX_REASON = 500;

    private final Comments comments;
    private final CommentActions actions;
    private final CommentBlocks blocks;
    private final Articles articles;
    private final Sections sections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentModeration(Comments comments, CommentActions actions, CommentBlocks blocks, Articles articles, Sections sections,
                      ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.actions = actions;
        this.blocks = blocks;
        this.articles = articles;
        this.sections = sections;
        this.events = events;
        this.clock = clock;
    }

    public static boolean mayModerate(Viewer viewer) {
        return viewer.is(Viewer.MODERATOR) || viewer.is(Viewer.ADMIN);
    }

    @Transactional(readOnly = true)
    public Page<QueuedComment> queue(Viewer viewer, CommentState state, int page) {
        viewer.require(mayModerate(viewer));
        Page<Comment> found = comments.findByStateOrderByCreatedAtAscIdAsc(state, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Map<Long, Article> byId = articles.findAllById(found.stream().map(Comment::getArticleId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Article::getId, Function.identity()));
        Map<Long, Section> sectionsById = sections.findAll().stream().collect(Collectors.toMap(Section::getId, Function.identity()));
        Set<String> blockedEmails = new LinkedHashSet<>();
        Set<String> blockedHashes = new LinkedHashSet<>();
        for (CommentBlock block : blocks.findByLiftedAtIsNullOrderByBlockedAtDescIdDesc()) {
            (block.getKind() == CommentBlock.Kind.EMAIL ? blockedEmails : blockedHashes).add(block.getValue());
        }
        return found.map(c -> {
            Article article = byId.get(c.getArticleId());
            Section section = sectionsById.get(article.getSectionId());
            return new QueuedComment(c.getId(), article.getId(), article.getTitle(), "/" + section.getSlug() + "/" + article.getSlug(),
                    c.getName(), c.getEmail(), c.getContent(), c.getCreatedAt(), c.getAddressHash(), c.getState(),
                    c.getModeratedBy(), c.getModeratedAt(), blockedEmails.contains(CommentBox.normalEmail(c.getEmail())),
                    blockedHashes.contains(c.getAddressHash()));
        });
    }

    @Transactional(readOnly = true)
    public Map<CommentState, Long> counts(Viewer viewer) {
        viewer.require(mayModerate(viewer));
        Map<CommentState, Long> counts = new EnumMap<>(CommentState.class);
        for (CommentState state : CommentState.values()) {
            counts.put(state, comments.countByState(state));
        }
        return counts;
    }

    /** Moves every chosen comment to {@code to}; refuses all of them if one may not move. Returns how many moved. */
    public int moderate(Viewer viewer, List<Long> ids, CommentState to, @Nullable String reason) {
        viewer.require(mayModerate(viewer));
        List<Comment> chosen = chosen(ids);
        String why = reason(reason);
        Instant now = Instant.now(clock);
        Set<Long> changedArticles = new LinkedHashSet<>();
        for (Comment comment : chosen) {
            boolean wasPublic = comment.getState() == CommentState.APPROVED;
            actions.save(comment.moveTo(to, viewer.username(), why, now));
            if (wasPublic || to == CommentState.APPROVED) {
                changedArticles.add(comment.getArticleId());
            }
        }
        changedArticles.forEach(article -> events.publishEvent(new PortalContentChanged(article)));
        return chosen.size();
    }

    /**
     * Blocks the commenters of the chosen comments, by their email and by their address hash; their
     * comments still waiting become spam. Returns how many new blocks were set.
     */
    public int block(Viewer viewer, List<Long> ids, @Nullable String reason) {
        viewer.require(mayModerate(viewer));
        List<Comment> chosen = chosen(ids);
        String why = reason(reason);
        Instant now = Instant.now(clock);
        int added = 0;
        for (Comment comment : chosen) {
            added += blockOnce(CommentBlock.Kind.EMAIL, CommentBox.normalEmail(comment.getEmail()), why, viewer, now);
            added += blockOnce(CommentBlock.Kind.ADDRESS, comment.getAddressHash(), why, viewer, now);
            if (comment.getState() == CommentState.PENDING) {
                actions.save(comment.moveTo(CommentState.SPAM, viewer.username(), why, now));
            }
        }
        return added;
    }

    @Transactional(readOnly = true)
    public List<BlockedCommenter> blocked(Viewer viewer) {
        viewer.require(mayModerate(viewer));
        return blocks.findByLiftedAtIsNullOrderByBlockedAtDescIdDesc().stream()
                .map(b -> new BlockedCommenter(b.getId(), b.getKind() == CommentBlock.Kind.EMAIL, b.getValue(), b.getReason(),
                        b.getBlockedBy(), b.getBlockedAt()))
                .toList();
    }

    public void lift(Viewer viewer, long blockId) {
        viewer.require(mayModerate(viewer));
        blocks.findById(blockId).orElseThrow(() -> new CommentRefused("comments.moderation.noBlock", blockId))
                .lift(viewer.username(), Instant.now(clock));
    }

    private int blockOnce(CommentBlock.Kind kind, String value, @Nullable String reason, Viewer viewer, Instant now) {
        if (blocks.existsByKindAndValueAndLiftedAtIsNull(kind, value)) {
            return 0;
        }
        blocks.save(new CommentBlock(kind, value, reason, viewer.username(), now));
        return 1;
    }

    private List<Comment> chosen(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new CommentRefused("comments.moderation.noneChosen");
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() > PAGE_SIZE) {
            throw new CommentRefused("comments.moderation.tooMany", PAGE_SIZE);
        }
        List<Comment> found = comments.findAllById(distinct);
        if (found.size() != distinct.size()) {
            throw new CommentRefused("comments.moderation.unknown");
        }
        return found;
    }

    private static @Nullable String reason(@Nullable String typed) {
        String reason = CommentText.cleanLine(typed);
        if (reason.isEmpty()) {
            return null;
        }
        if (CommentText.length(reason) > MAX_REASON) {
            throw new CommentRefused("comments.moderation.reasonTooLong", MAX_REASON);
        }
        return reason;
    }
}
