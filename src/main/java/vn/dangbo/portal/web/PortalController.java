package vn.dangbo.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import vn.dangbo.portal.ArticleLookup;
import vn.dangbo.portal.CommentBox;
import vn.dangbo.portal.CommentInvalid;
import vn.dangbo.portal.CommentRefused;
import vn.dangbo.portal.NewComment;
import vn.dangbo.portal.PublishedComment;
import vn.dangbo.portal.ArticlePage;
import vn.dangbo.portal.ArticleSummary;
import vn.dangbo.portal.ArticleViews;
import vn.dangbo.portal.PortalReader;
import vn.dangbo.portal.SectionView;
import vn.dangbo.shared.VietnameseDates;

import java.time.Clock;
import java.time.Instant;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The public pages of the news portal: no login needed. */
@Controller
class PortalController {

    static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

    /** The query that the page after a sent comment carries, to say it awaits moderation. */
    static final String SENT = "binh-luan=cho-duyet";

    private final PortalReader reader;
    private final ArticleViews views;
    private final CommentBox commentBox;
    private final MessageSource messages;
    private final Clock clock;

    PortalController(PortalReader reader, ArticleViews views, CommentBox commentBox, MessageSource messages, Clock clock) {
        this.reader = reader;
        this.views = views;
        this.commentBox = commentBox;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void everyPage(Model model) {
        model.addAttribute("renderedAt", VietnameseDates.headerLine(Instant.now(clock)));
        model.addAttribute("sections", reader.sections());
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    @GetMapping("/")
    String showHome(Model model) {
        model.addAttribute("blocks", reader.home(4, 3));
        return "portal/home";
    }

    @GetMapping("/{section:" + SLUG + "}")
    String showSection(@PathVariable String section, @RequestParam(defaultValue = "1") int trang, Model model,
                       HttpServletResponse response) {
        Optional<SectionView> found = reader.section(section);
        if (found.isEmpty()) {
            return notFound(response);
        }
        Page<ArticleSummary> page = reader.inSection(found.get(), trang - 1);
        model.addAttribute("currentSection", found.get());
        model.addAttribute("heading", found.get().name());
        model.addAttribute("listPath", found.get().path());
        model.addAttribute("page", page);
        return "portal/list";
    }

    @GetMapping("/{section:" + SLUG + "}/{article:" + SLUG + "}")
    String showArticle(@PathVariable String section, @PathVariable String article,
                       @RequestParam(name = "binh-luan", required = false) @Nullable String comment,
                       Model model, HttpServletRequest request, HttpServletResponse response) {
        ArticleLookup lookup = reader.article(section, article);
        if (lookup.outcome() != ArticleLookup.Outcome.FOUND) {
            return missing(lookup, response);
        }
        ArticlePage page = lookup.article();
        views.count(page.id());
        request.setAttribute(PublicPageCache.ARTICLE_VIEWED, page.id());
        model.addAttribute("commentSent", "cho-duyet".equals(comment));
        return articlePage(page, CommentForm.EMPTY, Map.of(), model);
    }

    /**
     * A reader's comment. The form carries no CSRF token, so that the article page can be cached
     * and served to everyone: the comment acts for no account (logged in or not, it is a reader's
     * comment), and a post from another site's page is refused by its Origin / Sec-Fetch-Site
     * headers, which browsers always send and pages cannot forge. Then, in this order: the rate
     * limit per client (429), the size of the request (413, read before any parameter is parsed),
     * the honeypot, the fields.
     */
    @PostMapping("/{section:" + SLUG + "}/{article:" + SLUG + "}/binh-luan")
    String postComment(@PathVariable String section, @PathVariable String article, Model model,
                       HttpServletRequest request, HttpServletResponse response, Locale locale) {
        ArticleLookup lookup = reader.article(section, article);
        if (lookup.outcome() != ArticleLookup.Outcome.FOUND) {
            return missing(lookup, response);
        }
        ArticlePage page = lookup.article();
        request.setAttribute(PublicPageCache.DO_NOT_KEEP, true);
        if (!sameOrigin(request)) {
            return refused(page, HttpStatus.FORBIDDEN, new CommentRefused("comments.error.otherSite"), model, response, locale);
        }
        try {
            commentBox.admit(request.getRemoteAddr());
        } catch (CommentRefused tooMany) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(60 * ((Number) tooMany.args()[2]).longValue()));
            return refused(page, HttpStatus.TOO_MANY_REQUESTS, tooMany, model, response, locale);
        }
        long limit = commentBox.settings().maxRequest().toBytes();
        if (request.getContentLengthLong() > limit) {
            return refused(page, HttpStatus.CONTENT_TOO_LARGE,
                    new CommentRefused("comments.error.tooLarge", commentBox.settings().maxContent()), model, response, locale);
        }
        CommentForm form = new CommentForm(param(request, "name"), param(request, "email"), param(request, "content"));
        try {
            commentBox.submit(NewComment.typed(page.id(), form.name(), form.email(), form.content(), param(request, "website")),
                    request.getRemoteAddr());
        } catch (CommentInvalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach((field, problem) -> errors.put(field, text(problem, locale)));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("commentSent", false);
            return articlePage(page, form.forRedisplay(), errors, model);
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + page.path() + "?" + SENT + "#binh-luan");
        return null;
    }

    private String articlePage(ArticlePage page, CommentForm form, Map<String, String> errors, Model model) {
        List<PublishedComment> comments = commentBox.approved(page.id());
        model.addAttribute("article", page);
        model.addAttribute("currentSection", page.section());
        model.addAttribute("jsonLd", JsonLd.newsArticle(page, (String) model.getAttribute("baseUrl")));
        model.addAttribute("comments", comments);
        model.addAttribute("commentForm", form);
        model.addAttribute("commentErrors", errors);
        model.addAttribute("commentRules", commentBox.settings());
        return "portal/article";
    }

    private String refused(ArticlePage page, HttpStatus status, CommentRefused why, Model model, HttpServletResponse response,
                           Locale locale) {
        response.setStatus(status.value());
        model.addAttribute("article", page);
        model.addAttribute("currentSection", page.section());
        model.addAttribute("reason", text(why, locale));
        return "portal/comment-refused";
    }

    private String text(CommentRefused problem, Locale locale) {
        return messages.getMessage(problem.key(), problem.args(), locale);
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /** Same origin by the browser's own word; a request without these headers comes from no browser page. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            try {
                URI from = URI.create(origin);
                int port = from.getPort() != -1 ? from.getPort() : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
                return from.getHost() != null && from.getHost().equalsIgnoreCase(request.getServerName())
                        && port == request.getServerPort();
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || "same-origin".equals(site) || "none".equals(site);
    }

    private static String missing(ArticleLookup lookup, HttpServletResponse response) {
        if (lookup.outcome() == ArticleLookup.Outcome.WITHDRAWN) {
            response.setStatus(HttpStatus.GONE.value());
            return "portal/gone";
        }
        return notFound(response);
    }

    @GetMapping("/tag/{tag:" + SLUG + "}")
    String showTag(@PathVariable String tag, @RequestParam(defaultValue = "1") int trang, Model model, HttpServletResponse response) {
        Optional<String> name = reader.tagName(tag);
        if (name.isEmpty()) {
            return notFound(response);
        }
        model.addAttribute("heading", name.get());
        model.addAttribute("tagPage", true);
        model.addAttribute("listPath", "/tag/" + tag);
        model.addAttribute("page", reader.withTag(tag, trang - 1));
        return "portal/list";
    }

    /** The correction notices (Press Law 2016, art. 42), newest first. */
    @GetMapping("/dinh-chinh")
    String showCorrections(Model model) {
        model.addAttribute("corrections", reader.corrections());
        return "portal/corrections";
    }

    @GetMapping("/tim-kiem")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        String query = q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        List<ArticleSummary> results = query.isEmpty() ? List.of() : reader.search(query);
        model.addAttribute("q", query);
        model.addAttribute("results", results);
        return "portal/search";
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "portal/not-found";
    }

}
