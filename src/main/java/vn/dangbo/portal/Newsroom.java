package vn.dangbo.portal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangbo.shared.Slugs;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.VietnameseText;
import vn.dangbo.shared.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The newsroom: editors (and the administrator) write and revise articles, move them through the
 * workflow, attach photos and correction notices. Every save keeps a revision and every move
 * records who made it and when; what readers would notice tells the page cache
 * ({@link PortalContentChanged}).
 */
@Service
@Transactional
public class Newsroom {

    public static final int PAGE_SIZE = 25;
    static final int MAX_TITLE = 300;
    static final int MAX_SLUG = 200;
    static final int MAX_LEAD = 2000;
    static final int MAX_BODY = 100_000;
    static final int MAX_AUTHOR = 200;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 120;
    static final int MAX_CORRECTION = 4000;
    static final int MAX_ALT = 500;
    static final int MAX_CAPTION = 1000;

    /** A source tag the editor typed at the start of the lead: the page adds it itself. */
    private static final Pattern TYPED_SOURCE_TAG = Pattern.compile("^\\(\\s*BLC\\s*\\)\\s*[-–—]?\\s*");

    private final Sections sections;
    private final Articles articles;
    private final ArticleRevisions revisions;
    private final ArticleTransitions transitions;
    private final Corrections corrections;
    private final PortalImages images;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Path imageDirectory;

    Newsroom(Sections sections, Articles articles, ArticleRevisions revisions, ArticleTransitions transitions,
             Corrections corrections, PortalImages images, ApplicationEventPublisher events, Clock clock,
             @Value("${dangbo.data-dir}") String dataDir) {
        this.sections = sections;
        this.articles = articles;
        this.revisions = revisions;
        this.transitions = transitions;
        this.corrections = corrections;
        this.images = images;
        this.events = events;
        this.clock = clock;
        this.imageDirectory = Path.of(dataDir, "portal", "images");
    }

    public static boolean mayUse(@Nullable Viewer viewer) {
        return viewer != null && (viewer.is(Viewer.EDITOR) || viewer.is(Viewer.ADMIN));
    }

    private static void require(Viewer viewer) {
        if (!mayUse(viewer)) {
            throw new AccessDeniedException("Chỉ biên tập viên được vào tòa soạn.");
        }
    }

    @Transactional(readOnly = true)
    public List<SectionView> sections() {
        return sections.findAllByOrderByPositionAscIdAsc().stream().map(Section::view).toList();
    }

    /** The articles in the newsroom, newest change first, filtered by state, section and words of the title. */
    @Transactional(readOnly = true)
    public Page<NewsroomRow> list(Viewer viewer, @Nullable ArticleState state, @Nullable Long sectionId, @Nullable String query, int page) {
        require(viewer);
        Map<Long, SectionView> bySection = sectionsById();
        String folded = query == null ? "" : VietnameseText.fold(query.strip());
        List<NewsroomRow> rows = articles.findAll().stream()
                .filter(a -> state == null || a.getState() == state)
                .filter(a -> sectionId == null || a.getSectionId().equals(sectionId))
                .filter(a -> folded.isEmpty() || VietnameseText.fold(a.getTitle()).contains(folded))
                .sorted(Comparator.comparing(Article::getUpdatedAt).reversed().thenComparing(Article::getId, Comparator.reverseOrder()))
                .map(a -> new NewsroomRow(a.getId(), a.getTitle(), bySection.get(a.getSectionId()).name(), a.getState(),
                        a.getAuthor(), a.getUpdatedAt(), a.getPublishedAt()))
                .toList();
        int size = PAGE_SIZE;
        int number = Math.max(0, Math.min(page, Math.max(0, (rows.size() - 1) / size)));
        List<NewsroomRow> slice = rows.subList(Math.min(rows.size(), number * size), Math.min(rows.size(), (number + 1) * size));
        return new PageImpl<>(slice, PageRequest.of(number, size), rows.size());
    }

    @Transactional(readOnly = true)
    public EditorView article(Viewer viewer, long id) {
        require(viewer);
        Article a = load(id);
        SectionView section = sectionsById().get(a.getSectionId());
        ArticleForm form = new ArticleForm(a.getSectionId(), a.getTitle(), a.getSlug(), a.getLead(), a.getBody(), a.getAuthor(),
                a.getTags().stream().map(Tag::name).collect(Collectors.joining(", ")));
        return new EditorView(a.getId(), form, section.name(), a.getState(), a.getPublishedAt(), a.getUpdatedAt(),
                List.copyOf(a.getPhotos()),
                transitions.findByArticleIdOrderByAtAscIdAsc(id).stream().map(ArticleTransition::view).toList(),
                ArticleWorkflow.actions(a.getState()),
                corrections.findByArticleIdOrderByCorrectedAtAscIdAsc(id).stream().map(c -> view(c, a, section)).toList(),
                "/" + section.slug() + "/" + a.getSlug(), revisions.countByArticleId(id));
    }

    /** Saves a new draft and its first revision. */
    public long create(Viewer viewer, ArticleForm form) {
        require(viewer);
        Checked checked = check(form, null);
        Instant now = Instant.now(clock);
        Article article = articles.save(new Article(checked.sectionId(), checked.slug(),
                new NewArticle(checked.sectionSlug(), checked.title(), checked.lead(), checked.body(), checked.author(), List.of(), checked.tags()),
                now));
        revisions.save(new ArticleRevision(article, 1, viewer.username(), now));
        return article.getId();
    }

    /** Saves new text for an article and keeps it as a revision; readers of a published article see it at once. */
    public void update(Viewer viewer, long id, ArticleForm form) {
        require(viewer);
        Article article = load(id);
        Checked checked = check(form, article);
        Instant now = Instant.now(clock);
        article.revise(checked.sectionId(), checked.slug(), checked.title(), checked.lead(), checked.body(), checked.author(),
                checked.tags(), now);
        revisions.save(new ArticleRevision(article, revisions.countByArticleId(id) + 1, viewer.username(), now));
        contentChanged(article);
    }

    /**
     * Moves an article; {@code at} is the publication time in Vietnam's time zone when scheduling,
     * and must lie ahead (an article due now is published with "Đăng ngay").
     */
    public void move(Viewer viewer, long id, ArticleWorkflow.Action action, @Nullable LocalDateTime at) {
        require(viewer);
        Article article = load(id);
        Instant now = Instant.now(clock);
        Instant scheduledFor = null;
        if (action == ArticleWorkflow.Action.SCHEDULE) {
            if (at == null) {
                throw new PortalException("Cần chọn ngày và giờ đăng bài.");
            }
            scheduledFor = at.atZone(VietnameseDates.ZONE).toInstant();
            if (!scheduledFor.isAfter(now)) {
                throw new PortalException("Thời điểm lên lịch phải ở sau thời điểm hiện tại; muốn đăng ngay hãy chọn “Đăng ngay”.");
            }
        }
        ArticleState from = article.getState();
        boolean wasVisible = article.isVisibleAt(now);
        article.move(action, now, scheduledFor);
        transitions.save(new ArticleTransition(id, from, article.getState(), viewer.username(), now, scheduledFor));
        if (wasVisible || article.isVisibleAt(now) || ArticleWorkflow.readersNotice(from, article.getState())) {
            events.publishEvent(new PortalContentChanged(id));
        }
    }

    @Transactional(readOnly = true)
    public List<RevisionView> revisions(Viewer viewer, long id) {
        require(viewer);
        load(id);
        return revisions.findByArticleIdOrderByNumberDesc(id).stream().map(ArticleRevision::view).toList();
    }

    @Transactional(readOnly = true)
    public RevisionDiff diff(Viewer viewer, long id, int from, int to) {
        require(viewer);
        RevisionView before = revision(id, from);
        RevisionView after = revision(id, to);
        return new RevisionDiff(before, after, WordDiff.between(before.title(), after.title()),
                WordDiff.between(before.lead(), after.lead()), WordDiff.between(before.body(), after.body()));
    }

    private RevisionView revision(long id, int number) {
        return revisions.findByArticleIdAndNumber(id, number).map(ArticleRevision::view)
                .orElseThrow(() -> new PortalException("Bài viết không có phiên bản " + number + "."));
    }

    /**
     * Checks an uploaded photo, stores its resized widths under the data directory (named by the
     * image's id and the width only: the uploaded file's name is never used) and places it in the body.
     */
    public void addImage(Viewer viewer, long id, byte @Nullable [] content, @Nullable String alt, @Nullable String caption,
                         @Nullable Integer afterParagraph) {
        require(viewer);
        Article article = load(id);
        String altText = required(alt, MAX_ALT, "Ảnh cần có mô tả thay thế (alt) cho người không xem được ảnh.", "Mô tả thay thế");
        String captionText = required(caption, MAX_CAPTION, "Ảnh cần có chú thích.", "Chú thích");
        ImageResizer.Resized resized = ImageResizer.resize(content == null ? new byte[0] : content);
        int after = afterParagraph == null ? article.paragraphs().size() : Math.max(0, Math.min(afterParagraph, article.paragraphs().size()));
        Instant now = Instant.now(clock);
        PortalImage image = images.save(new PortalImage(id, resized.format(), resized.width(), resized.height(),
                List.copyOf(resized.files().keySet()), viewer.username(), now));
        Path directory = imageDirectory.resolve(String.valueOf(image.getId()));
        try {
            Files.createDirectories(directory);
            for (Map.Entry<Integer, byte[]> file : resized.files().entrySet()) {
                Files.write(directory.resolve(file.getKey() + "." + resized.format()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteOnRollback(directory);
        article.addPhoto(image.photo(altText, captionText, after), now);
        contentChanged(article);
    }

    public void removePhoto(Viewer viewer, long id, int index) {
        require(viewer);
        Article article = load(id);
        article.removePhoto(index, Instant.now(clock));
        contentChanged(article);
    }

    /** Attaches a correction notice to a published (or withdrawn) article; readers see it above the body. */
    public void correct(Viewer viewer, long id, @Nullable String wrong, @Nullable String right) {
        require(viewer);
        Article article = load(id);
        if (article.getState() != ArticleState.PUBLISHED && article.getState() != ArticleState.WITHDRAWN) {
            throw new PortalException("Chỉ đính chính bài đã đăng (hoặc đã gỡ); bài chưa đăng thì sửa trực tiếp.");
        }
        String wrongText = required(wrong, MAX_CORRECTION, "Cần ghi rõ thông tin đã đăng sai.", "Thông tin sai");
        String rightText = required(right, MAX_CORRECTION, "Cần ghi rõ thông tin đúng.", "Thông tin đúng");
        corrections.save(new Correction(id, wrongText, rightText, Instant.now(clock), viewer.username()));
        events.publishEvent(new PortalContentChanged(id));
    }

    /** The image file to serve, if the image exists and its article is public or the viewer is an editor. */
    @Transactional(readOnly = true)
    public Optional<ImageFile> imageFile(long imageId, int width, String format, @Nullable Viewer viewer) {
        return images.findById(imageId)
                .filter(image -> image.getFormat().equals(format) && image.widths().contains(width))
                .filter(image -> mayUse(viewer) || articles.findById(image.getArticleId())
                        .map(a -> a.isVisibleAt(Instant.now(clock))).orElse(false))
                .map(image -> new ImageFile(imageDirectory.resolve(String.valueOf(imageId)).resolve(width + "." + format),
                        format.equals("png") ? "image/png" : "image/jpeg"))
                .filter(file -> Files.isRegularFile(file.path()));
    }

    public record ImageFile(Path path, String contentType) {
    }

    private void contentChanged(Article article) {
        if (article.getState() == ArticleState.PUBLISHED) {
            events.publishEvent(new PortalContentChanged(article.getId()));
        }
    }

    private record Checked(long sectionId, String sectionSlug, String title, String slug, String lead, String body, String author,
                           List<String> tags) {
    }

    private Checked check(ArticleForm form, @Nullable Article existing) {
        Section section = form.sectionId() == null ? null : sections.findById(form.sectionId()).orElse(null);
        if (section == null) {
            throw new PortalException("Cần chọn chuyên mục cho bài viết.");
        }
        String title = required(form.title(), MAX_TITLE, "Bài viết cần có tiêu đề.", "Tiêu đề");
        String lead = TYPED_SOURCE_TAG.matcher(form.lead() == null ? "" : form.lead().strip()).replaceFirst("");
        lead = required(lead, MAX_LEAD, "Bài viết cần có sapo (đoạn mở đầu sau “(BLC) -”).", "Sapo");
        String body = required(form.body(), MAX_BODY, "Bài viết cần có nội dung.", "Nội dung");
        String author = required(form.author(), MAX_AUTHOR, "Bài viết cần có tên tác giả (bút danh) để ký cuối bài.", "Tác giả");
        List<String> tags = tags(form.tags());

        String slug;
        boolean locked = existing != null && (existing.getState() == ArticleState.PUBLISHED || existing.getState() == ArticleState.WITHDRAWN);
        if (locked) {
            // readers and search engines follow the address of a published article: it stays
            slug = existing.getSlug();
            if (!section.getId().equals(existing.getSectionId())) {
                throw new PortalException("Bài đã đăng không chuyển chuyên mục được, vì địa chỉ của bài sẽ thay đổi.");
            }
        } else if (form.slug() != null && !form.slug().isBlank()) {
            slug = form.slug().strip();
            if (!Slugs.isSlug(slug) || slug.length() > MAX_SLUG) {
                throw new PortalException("Địa chỉ bài viết chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa "
                        + MAX_SLUG + " ký tự), ví dụ: dai-hoi-dang-bo-lan-thu-iv.");
            }
            if (taken(section.getId(), slug, existing)) {
                throw new PortalException("Chuyên mục " + section.getName() + " đã có bài với địa chỉ “" + slug + "”; hãy chọn địa chỉ khác.");
            }
        } else {
            String base = Slugs.slug(title);
            if (base.length() > MAX_SLUG - 4) {
                base = base.substring(0, MAX_SLUG - 4).replaceAll("-+$", "");
            }
            if (base.isEmpty()) {
                base = "bai-viet";
            }
            slug = base;
            for (int n = 2; taken(section.getId(), slug, existing); n++) {
                slug = base + "-" + n;
            }
        }
        return new Checked(section.getId(), section.getSlug(), title, slug, lead, body, author, tags);
    }

    private boolean taken(long sectionId, String slug, @Nullable Article existing) {
        return articles.findBySectionIdAndSlug(sectionId, slug).filter(a -> existing == null || !a.getId().equals(existing.getId())).isPresent();
    }

    private static List<String> tags(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> slugs = new LinkedHashSet<>();
        List<String> names = Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(t -> !t.isEmpty())
                .filter(t -> slugs.add(Slugs.slug(t))).toList();
        if (names.size() > MAX_TAGS) {
            throw new PortalException("Một bài có tối đa " + MAX_TAGS + " thẻ.");
        }
        for (String name : names) {
            if (name.length() > MAX_TAG || Slugs.slug(name).isEmpty()) {
                throw new PortalException("Thẻ “" + ArticleSummary.cut(name, 40) + "” không dùng được: thẻ cần có chữ hoặc số và tối đa "
                        + MAX_TAG + " ký tự.");
            }
        }
        return names;
    }

    private static String required(@Nullable String text, int max, String missing, String field) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new PortalException(missing);
        }
        if (value.length() > max) {
            throw new PortalException(field + " dài " + value.length() + " ký tự, vượt giới hạn " + max + " ký tự.");
        }
        return value;
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new ArticleNotFound(id));
    }

    private Map<Long, SectionView> sectionsById() {
        return sections.findAll().stream().map(Section::view).collect(Collectors.toMap(SectionView::id, Function.identity()));
    }

    static CorrectionView view(Correction c, Article a, SectionView section) {
        boolean visible = a.getState() == ArticleState.PUBLISHED;
        return new CorrectionView(a.getTitle(), section.name(), visible ? "/" + section.slug() + "/" + a.getSlug() : null,
                a.getPublishedAt(), c.getWrongText(), c.getRightText(), c.getCorrectedAt());
    }

    private static void deleteOnRollback(Path directory) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try (var files = Files.list(directory)) {
                        for (Path file : files.toList()) {
                            Files.deleteIfExists(file);
                        }
                        Files.deleteIfExists(directory);
                    } catch (IOException ignored) {
                        // a stray file under an id no row names is harmless
                    }
                }
            }
        });
    }
}
