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
import vn.dangbo.portal.ArticleLookup;
import vn.dangbo.portal.ArticlePage;
import vn.dangbo.portal.ArticleSummary;
import vn.dangbo.portal.PortalReader;
import vn.dangbo.portal.SectionView;
import vn.dangbo.shared.VietnameseDates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The public pages of the news portal: no login needed. */
@Controller
class PortalController {

    static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

    private final PortalReader reader;
    private final Clock clock;

    PortalController(PortalReader reader, Clock clock) {
        this.reader = reader;
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
    String showArticle(@PathVariable String section, @PathVariable String article, Model model, HttpServletResponse response) {
        ArticleLookup lookup = reader.article(section, article);
        switch (lookup.outcome()) {
            case WITHDRAWN -> {
                response.setStatus(HttpStatus.GONE.value());
                return "portal/gone";
            }
            case NOT_FOUND -> {
                return notFound(response);
            }
            default -> {
            }
        }
        ArticlePage page = lookup.article();
        reader.countView(page.id());
        model.addAttribute("article", page);
        model.addAttribute("currentSection", page.section());
        model.addAttribute("jsonLd", JsonLd.newsArticle(page, (String) model.getAttribute("baseUrl")));
        return "portal/article";
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
