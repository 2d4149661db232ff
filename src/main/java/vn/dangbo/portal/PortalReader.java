package vn.dangbo.portal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.shared.VietnameseText;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reading side of the portal. Readers see only published articles whose publication time has
 * come; a withdrawn article answers "gone", anything else "not found".
 */
@Service
@Transactional(readOnly = true)
public class PortalReader {

    public static final int PAGE_SIZE = 10;

    private final Sections sections;
    private final Articles articles;
    private final Corrections corrections;
    private final Clock clock;

    PortalReader(Sections sections, Articles articles, Corrections corrections, Clock clock) {
        this.sections = sections;
        this.articles = articles;
        this.corrections = corrections;
        this.clock = clock;
    }

    public List<SectionView> sections() {
        return sections.findAllByOrderByPositionAscIdAsc().stream().map(Section::view).toList();
    }

    public Optional<SectionView> section(String slug) {
        return sections.findBySlug(slug).map(Section::view);
    }

    public List<SectionBlock> home(int latest, int mostRead) {
        Instant now = Instant.now(clock);
        Map<Long, SectionView> bySection = sectionsById();
        return bySection.values().stream().map(section -> new SectionBlock(section,
                        articles.published(section.id(), now, PageRequest.of(0, latest)).map(a -> summary(a, bySection)).getContent(),
                        articles.mostRead(section.id(), now, PageRequest.of(0, mostRead)).stream().map(a -> summary(a, bySection)).toList()))
                .toList();
    }

    public Page<ArticleSummary> inSection(SectionView section, int page) {
        Map<Long, SectionView> bySection = sectionsById();
        return articles.published(section.id(), Instant.now(clock), PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(a -> summary(a, bySection));
    }

    public Page<ArticleSummary> withTag(String tag, int page) {
        Map<Long, SectionView> bySection = sectionsById();
        return articles.publishedWithTag(tag, Instant.now(clock), PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(a -> summary(a, bySection));
    }

    /** The tag's name as an article spells it, if any published article carries it. */
    public Optional<String> tagName(String tag) {
        return articles.publishedWithTag(tag, Instant.now(clock), PageRequest.of(0, 1)).stream()
                .flatMap(a -> a.getTags().stream()).filter(t -> t.slug().equals(tag)).map(Tag::name).findFirst();
    }

    public ArticleLookup article(String sectionSlug, String articleSlug) {
        Optional<Section> section = sections.findBySlug(sectionSlug);
        if (section.isEmpty()) {
            return ArticleLookup.NOT_FOUND;
        }
        Optional<Article> found = articles.findBySectionIdAndSlug(section.get().getId(), articleSlug);
        if (found.isEmpty()) {
            return ArticleLookup.NOT_FOUND;
        }
        Article article = found.get();
        if (article.getState() == ArticleState.WITHDRAWN) {
            return ArticleLookup.WITHDRAWN;
        }
        Instant now = Instant.now(clock);
        if (!article.isVisibleAt(now)) {
            return ArticleLookup.NOT_FOUND;
        }
        Map<Long, SectionView> bySection = sectionsById();
        List<ArticleSummary> related = articles.published(article.getSectionId(), now, PageRequest.of(0, 5)).stream()
                .filter(a -> !a.getId().equals(article.getId())).limit(4).map(a -> summary(a, bySection)).toList();
        SectionView home = bySection.get(article.getSectionId());
        List<CorrectionView> notices = corrections.findByArticleIdOrderByCorrectedAtAscIdAsc(article.getId()).stream()
                .map(c -> Newsroom.view(c, article, home)).toList();
        return ArticleLookup.found(page(article, home, related, notices));
    }

    /**
     * Every correction notice, newest first ("Thông tin cải chính, xin lỗi"), naming the work it
     * corrects; a withdrawn work is named without a link.
     */
    public List<CorrectionView> corrections() {
        Map<Long, SectionView> bySection = sectionsById();
        Map<Long, Article> byId = new java.util.HashMap<>();
        return corrections.findAllByOrderByCorrectedAtDescIdDesc().stream()
                .map(c -> {
                    Article a = byId.computeIfAbsent(c.getArticleId(), id -> articles.findById(id).orElseThrow());
                    return Newsroom.view(c, a, bySection.get(a.getSectionId()));
                })
                .toList();
    }

    /**
     * Diacritic-insensitive search over titles, leads and bodies. Exact matches (with the reader's
     * diacritics) rank before folded ones, matches in the title before matches in the text, then
     * the newest first. A linear scan is fine at a portal's size.
     */
    public List<ArticleSummary> search(String query) {
        String exact = exact(query);
        String folded = VietnameseText.fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        Map<Long, SectionView> bySection = sectionsById();
        record Hit(Article article, int score) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Article a : articles.allPublished(Instant.now(clock))) {
            String title = exact(a.getTitle());
            String text = exact(a.getLead() + " " + a.getBody());
            int score = 0;
            if (title.contains(exact)) {
                score = 4;
            } else if (text.contains(exact)) {
                score = 3;
            } else if (VietnameseText.fold(a.getTitle()).contains(folded)) {
                score = 2;
            } else if (VietnameseText.fold(a.getLead() + " " + a.getBody()).contains(folded)) {
                score = 1;
            }
            if (score > 0) {
                hits.add(new Hit(a, score));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::score).reversed()
                        .thenComparing(h -> h.article().getPublishedAt(), Comparator.reverseOrder()))
                .limit(50)
                .map(h -> summary(h.article(), bySection))
                .toList();
    }

    /** The newest published articles of a section, for its RSS feed. */
    public List<ArticlePage> feed(SectionView section, int count) {
        Map<Long, SectionView> bySection = sectionsById();
        return articles.published(section.id(), Instant.now(clock), PageRequest.of(0, count)).stream()
                .map(a -> page(a, bySection.get(a.getSectionId()), List.of(), List.of())).toList();
    }

    /** Every published article, for the sitemap. */
    public List<ArticleSummary> allPublished() {
        Map<Long, SectionView> bySection = sectionsById();
        return articles.allPublished(Instant.now(clock)).stream().map(a -> summary(a, bySection)).toList();
    }

    private static String exact(String text) {
        return VietnameseText.clean(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }

    private Map<Long, SectionView> sectionsById() {
        return sections.findAllByOrderByPositionAscIdAsc().stream().map(Section::view)
                .collect(Collectors.toMap(SectionView::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static ArticleSummary summary(Article a, Map<Long, SectionView> bySection) {
        SectionView section = bySection.get(a.getSectionId());
        return new ArticleSummary(a.getId(), a.getTitle(), a.getLead(), section.name(),
                "/" + section.slug() + "/" + a.getSlug(), a.getPublishedAt(),
                a.getPhotos().isEmpty() ? null : a.getPhotos().getFirst(), a.getViewCount());
    }

    private static ArticlePage page(Article a, SectionView section, List<ArticleSummary> related, List<CorrectionView> notices) {
        List<String> paragraphs = a.paragraphs();
        List<ArticlePage.Block> blocks = new ArrayList<>();
        for (int i = 0; i <= paragraphs.size(); i++) {
            int after = i;
            a.getPhotos().stream().filter(p -> p.afterParagraph() == after)
                    .forEach(p -> blocks.add(new ArticlePage.Block(null, p)));
            if (i < paragraphs.size()) {
                blocks.add(new ArticlePage.Block(paragraphs.get(i), null));
            }
        }
        a.getPhotos().stream().filter(p -> p.afterParagraph() > paragraphs.size())
                .forEach(p -> blocks.add(new ArticlePage.Block(null, p)));
        return new ArticlePage(a.getId(), section, a.getTitle(), a.getSlug(), a.getLead(), blocks, a.getAuthor(),
                a.getPublishedAt(), a.getUpdatedAt(), List.copyOf(a.getTags()), related, notices);
    }
}
