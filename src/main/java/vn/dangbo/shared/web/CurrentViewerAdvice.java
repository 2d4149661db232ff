package vn.dangbo.shared.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangbo.shared.Viewer;

/** Puts the logged-in viewer in every page's model, for the menu and the action buttons. */
@ControllerAdvice
class CurrentViewerAdvice {

    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Viewer.Source source) {
            return source.viewer();
        }
        return null;
    }
}
