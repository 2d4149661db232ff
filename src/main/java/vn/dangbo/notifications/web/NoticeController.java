package vn.dangbo.notifications.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.dangbo.notifications.NoticeBox;
import vn.dangbo.notifications.NoticeView;
import vn.dangbo.shared.Viewer;

/** {@code /notices}: the logged-in member's own notices; opening one marks it read and follows its link. */
@Controller
class NoticeController {

    private static final int PAGE = 100;

    private final NoticeBox box;

    NoticeController(NoticeBox box) {
        this.box = box;
    }

    @GetMapping("/notices")
    String list(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("notices", viewer.memberId() == null ? java.util.List.of() : box.latest(viewer.memberId(), PAGE));
        return "notifications/notices";
    }

    @PostMapping("/notices/{id}/open")
    String open(@PathVariable long id, Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        if (viewer.memberId() == null) {
            return "redirect:/notices";
        }
        return box.open(viewer.memberId(), id)
                .map(NoticeView::link)
                .filter(NoticeController::isLocalPath)
                .map(link -> "redirect:" + link)
                .orElse("redirect:/notices");
    }

    /** Only paths inside the application: never "//host" or "https://…", which would send the reader elsewhere. */
    static boolean isLocalPath(String link) {
        return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") && !link.contains("\n") && !link.contains("\r");
    }
}
