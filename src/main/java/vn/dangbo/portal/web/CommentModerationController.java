package vn.dangbo.portal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.portal.CommentModeration;
import vn.dangbo.portal.CommentRefused;
import vn.dangbo.portal.CommentState;
import vn.dangbo.portal.QueuedComment;
import vn.dangbo.shared.Viewer;

import java.util.List;
import java.util.Locale;

/** The moderators' queue of reader comments, with bulk steps and blocking; moderators and the administrator only. */
@Controller
@RequestMapping("/newsroom/comments")
class CommentModerationController {

    /** The steps the queue's buttons offer; BLOCK blocks the commenters and makes their waiting comments spam. */
    enum Step { APPROVED, REJECTED, SPAM, HIDDEN, BLOCK }

    private final CommentModeration moderation;
    private final MessageSource messages;

    CommentModerationController(CommentModeration moderation, MessageSource messages) {
        this.moderation = moderation;
        this.messages = messages;
    }

    @GetMapping
    String showQueue(@RequestParam(defaultValue = "PENDING") CommentState state, @RequestParam(defaultValue = "1") int trang,
                     Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        Page<QueuedComment> page = moderation.queue(viewer, state, trang - 1);
        model.addAttribute("state", state);
        model.addAttribute("states", CommentState.values());
        model.addAttribute("counts", moderation.counts(viewer));
        model.addAttribute("page", page);
        model.addAttribute("steps", steps(state));
        model.addAttribute("blocked", moderation.blocked(viewer));
        return "portal/moderation";
    }

    @PostMapping
    String moderate(@RequestParam(required = false) @Nullable List<Long> ids, @RequestParam Step step,
                    @RequestParam(defaultValue = "PENDING") CommentState state, @RequestParam(defaultValue = "") String reason,
                    Authentication authentication, RedirectAttributes redirect, Locale locale) {
        Viewer viewer = Viewer.of(authentication);
        try {
            List<Long> chosen = ids == null ? List.of() : ids;
            if (step == Step.BLOCK) {
                int blocks = moderation.block(viewer, chosen, reason);
                redirect.addFlashAttribute("flash", messages.getMessage("comments.moderation.blocked",
                        new Object[]{chosen.size(), blocks}, locale));
            } else {
                int moved = moderation.moderate(viewer, chosen, CommentState.valueOf(step.name()), reason);
                redirect.addFlashAttribute("flash", messages.getMessage("comments.moderation.done." + step.name(),
                        new Object[]{moved}, locale));
            }
        } catch (CommentRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused, locale));
        }
        redirect.addAttribute("state", state.name());
        return "redirect:/newsroom/comments";
    }

    @PostMapping("/blocks/{id}/lift")
    String lift(@PathVariable long id, Authentication authentication, RedirectAttributes redirect, Locale locale) {
        try {
            moderation.lift(Viewer.of(authentication), id);
            redirect.addFlashAttribute("flash", messages.getMessage("comments.moderation.lifted", null, locale));
        } catch (CommentRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused, locale));
        }
        return "redirect:/newsroom/comments";
    }

    /** The message, with state names in the reader's words. */
    private String text(CommentRefused refused, Locale locale) {
        Object[] args = refused.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String name && java.util.Arrays.stream(CommentState.values()).anyMatch(s -> s.name().equals(name))) {
                args[i] = messages.getMessage("comments.state." + name, null, locale);
            }
        }
        return messages.getMessage(refused.key(), args, locale);
    }

    private static List<Step> steps(CommentState state) {
        return switch (state) {
            case PENDING -> List.of(Step.APPROVED, Step.REJECTED, Step.SPAM, Step.BLOCK);
            case APPROVED -> List.of(Step.HIDDEN, Step.BLOCK);
            default -> List.of(Step.BLOCK);
        };
    }
}
