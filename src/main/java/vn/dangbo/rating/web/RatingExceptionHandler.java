package vn.dangbo.rating.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.dangbo.rating.RoundNotFound;

/** A missing round is a 404 page in Vietnamese. */
@ControllerAdvice(basePackageClasses = RatingExceptionHandler.class)
class RatingExceptionHandler {

    @ExceptionHandler(RoundNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String roundNotFound(RoundNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
