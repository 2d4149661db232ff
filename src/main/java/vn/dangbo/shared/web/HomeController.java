package vn.dangbo.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Until the public portal takes "/", the start page after login is the organization. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/organization";
    }
}
