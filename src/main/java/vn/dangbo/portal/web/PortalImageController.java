package vn.dangbo.portal.web;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.dangbo.portal.Newsroom;
import vn.dangbo.shared.Viewer;

import java.time.Duration;

/**
 * Uploaded photos in their resized widths. The address holds only numbers and the format, so no
 * name a user typed ever reaches the file system; photos of unpublished articles are for editors.
 */
@Controller
class PortalImageController {

    private final Newsroom newsroom;

    PortalImageController(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    @GetMapping("/anh/{id:[0-9]{1,18}}/{width:[0-9]{1,5}}.{format:jpg|png}")
    ResponseEntity<Resource> showImage(@PathVariable long id, @PathVariable int width, @PathVariable String format,
                                       Authentication authentication) {
        Viewer viewer = authentication != null && authentication.getPrincipal() instanceof Viewer.Source source ? source.viewer() : null;
        return newsroom.imageFile(id, width, format, viewer)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(Newsroom.mayUse(viewer) ? CacheControl.noStore() : CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                        .<Resource>body(new FileSystemResource(file.path())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
