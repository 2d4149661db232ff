package vn.dangbo.portal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.portal.ArticleForm;
import vn.dangbo.portal.ArticleNotFound;
import vn.dangbo.portal.ArticleState;
import vn.dangbo.portal.ArticleWorkflow;
import vn.dangbo.portal.EditorView;
import vn.dangbo.portal.Newsroom;
import vn.dangbo.portal.PortalException;
import vn.dangbo.portal.RevisionView;
import vn.dangbo.shared.Viewer;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The newsroom at /newsroom, for editors and the administrator: the list of articles by state,
 * the editor with the workflow, photos and corrections, and the revisions with their differences.
 */
@Controller
class NewsroomController {

    private final Newsroom newsroom;
    private final MessageSource messages;

    NewsroomController(Newsroom newsroom, MessageSource messages) {
        this.newsroom = newsroom;
        this.messages = messages;
    }

    /** Every newsroom page checks the role first: anonymous visitors never get here (login), others get 403. */
    @ModelAttribute
    void requireEditor(Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        viewer.require(Newsroom.mayUse(viewer));
    }

    @ExceptionHandler(ArticleNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ArticleNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }

    @GetMapping("/newsroom")
    String listArticles(@RequestParam(required = false) @Nullable String state, @RequestParam(required = false) @Nullable String section,
                        @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") String trang,
                        Authentication authentication, Model model) {
        ArticleState chosenState = parseState(state);
        Long chosenSection = number(section);
        Long page = number(trang);
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        model.addAttribute("rows", newsroom.list(Viewer.of(authentication), chosenState, chosenSection, query,
                page == null ? 0 : (int) Math.min(Integer.MAX_VALUE, page) - 1));
        model.addAttribute("states", ArticleState.values());
        model.addAttribute("state", chosenState);
        model.addAttribute("sectionId", chosenSection);
        model.addAttribute("sectionList", newsroom.sections());
        model.addAttribute("q", query);
        return "newsroom/list";
    }

    @GetMapping("/newsroom/articles/new")
    String initCreationForm(Model model) {
        return form(model, null, ArticleForm.empty());
    }

    @PostMapping("/newsroom/articles")
    String processCreationForm(@RequestParam(required = false) @Nullable String sectionId, @RequestParam(required = false) @Nullable String title,
                               @RequestParam(required = false) @Nullable String slug, @RequestParam(required = false) @Nullable String lead,
                               @RequestParam(required = false) @Nullable String body, @RequestParam(required = false) @Nullable String author,
                               @RequestParam(required = false) @Nullable String tags,
                               Authentication authentication, Model model, RedirectAttributes redirect) {
        ArticleForm form = new ArticleForm(number(sectionId), title, slug, lead, body, author, tags);
        long id;
        try {
            id = newsroom.create(Viewer.of(authentication), form);
        } catch (PortalException e) {
            model.addAttribute("flashError", e.getMessage());
            return form(model, null, form);
        }
        redirect.addFlashAttribute("flash", message("newsroom.saved"));
        return "redirect:/newsroom/articles/" + id;
    }

    @GetMapping({"/newsroom/articles/{id}", "/newsroom/articles/{id}/photos"})
    String showEditor(@PathVariable long id, Authentication authentication, Model model) {
        EditorView article = newsroom.article(Viewer.of(authentication), id);
        return form(model, article, article.form());
    }

    @PostMapping("/newsroom/articles/{id}")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) @Nullable String sectionId,
                             @RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String slug,
                             @RequestParam(required = false) @Nullable String lead, @RequestParam(required = false) @Nullable String body,
                             @RequestParam(required = false) @Nullable String author, @RequestParam(required = false) @Nullable String tags,
                             Authentication authentication, Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        ArticleForm form = new ArticleForm(number(sectionId), title, slug, lead, body, author, tags);
        try {
            newsroom.update(viewer, id, form);
        } catch (PortalException e) {
            if (e instanceof ArticleNotFound) {
                throw e;
            }
            model.addAttribute("flashError", e.getMessage());
            return form(model, newsroom.article(viewer, id), form);
        }
        redirect.addFlashAttribute("flash", message("newsroom.saved"));
        return "redirect:/newsroom/articles/" + id;
    }

    @PostMapping("/newsroom/articles/{id}/transitions")
    String processTransition(@PathVariable long id, @RequestParam(required = false) @Nullable String action,
                             @RequestParam(required = false) @Nullable String at, Authentication authentication, RedirectAttributes redirect) {
        try {
            ArticleWorkflow.Action chosen = parseAction(action);
            newsroom.move(Viewer.of(authentication), id, chosen, dateTime(at));
            redirect.addFlashAttribute("flash", message("newsroom.moved." + chosen.name()));
        } catch (PortalException e) {
            if (e instanceof ArticleNotFound) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/newsroom/articles/" + id;
    }

    @PostMapping("/newsroom/articles/{id}/photos")
    String processPhoto(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                        @RequestParam(required = false) @Nullable String alt, @RequestParam(required = false) @Nullable String caption,
                        @RequestParam(required = false) @Nullable String afterParagraph,
                        Authentication authentication, RedirectAttributes redirect) throws IOException {
        try {
            Long after = number(afterParagraph);
            newsroom.addImage(Viewer.of(authentication), id, file == null ? null : file.getBytes(), alt, caption,
                    after == null ? null : (int) Math.min(Integer.MAX_VALUE, after));
            redirect.addFlashAttribute("flash", message("newsroom.photo.added"));
        } catch (PortalException e) {
            if (e instanceof ArticleNotFound) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/newsroom/articles/" + id;
    }

    @PostMapping("/newsroom/articles/{id}/photos/{index}/remove")
    String processPhotoRemoval(@PathVariable long id, @PathVariable int index, Authentication authentication, RedirectAttributes redirect) {
        try {
            newsroom.removePhoto(Viewer.of(authentication), id, index);
            redirect.addFlashAttribute("flash", message("newsroom.photo.removed"));
        } catch (PortalException e) {
            if (e instanceof ArticleNotFound) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/newsroom/articles/" + id;
    }

    @PostMapping("/newsroom/articles/{id}/corrections")
    String processCorrection(@PathVariable long id, @RequestParam(required = false) @Nullable String wrong,
                             @RequestParam(required = false) @Nullable String right, Authentication authentication, RedirectAttributes redirect) {
        try {
            newsroom.correct(Viewer.of(authentication), id, wrong, right);
            redirect.addFlashAttribute("flash", message("newsroom.correction.added"));
        } catch (PortalException e) {
            if (e instanceof ArticleNotFound) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/newsroom/articles/" + id;
    }

    @GetMapping("/newsroom/articles/{id}/revisions")
    String showRevisions(@PathVariable long id, @RequestParam(required = false) @Nullable String from,
                         @RequestParam(required = false) @Nullable String to, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        EditorView article = newsroom.article(viewer, id);
        List<RevisionView> revisions = newsroom.revisions(viewer, id);
        model.addAttribute("article", article);
        model.addAttribute("revisions", revisions);
        if (revisions.size() >= 2 || (from != null && to != null)) {
            Long older = number(from);
            Long newer = number(to);
            int a = older == null ? revisions.get(Math.min(1, revisions.size() - 1)).number() : (int) Math.min(Integer.MAX_VALUE, older);
            int b = newer == null ? revisions.getFirst().number() : (int) Math.min(Integer.MAX_VALUE, newer);
            try {
                model.addAttribute("diff", newsroom.diff(viewer, id, a, b));
            } catch (PortalException e) {
                model.addAttribute("flashError", e.getMessage());
            }
            model.addAttribute("from", a);
            model.addAttribute("to", b);
        }
        return "newsroom/revisions";
    }

    private String form(Model model, @Nullable EditorView article, ArticleForm form) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("sectionList", newsroom.sections());
        return "newsroom/editor";
    }

    private static @Nullable ArticleState parseState(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ArticleState.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ArticleWorkflow.Action parseAction(@Nullable String value) {
        try {
            return ArticleWorkflow.Action.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new PortalException("Thao tác không hợp lệ.");
        }
    }

    private static @Nullable LocalDateTime dateTime(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new PortalException("Ngày giờ đăng “" + value.strip() + "” không hợp lệ; hãy chọn theo mẫu ngày/tháng/năm giờ:phút.");
        }
    }

    private static @Nullable Long number(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
