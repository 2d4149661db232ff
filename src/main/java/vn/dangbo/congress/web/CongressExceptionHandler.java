package vn.dangbo.congress.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.dangbo.congress.CongressException;
import vn.dangbo.congress.CongressNotFound;

/** Missing congresses are a 404 page in Vietnamese; a refused step is a 400 with its reason. */
@ControllerAdvice(basePackageClasses = CongressExceptionHandler.class)
class CongressExceptionHandler {

    @ExceptionHandler(CongressNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(CongressNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }

    @ExceptionHandler(CongressException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(CongressException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/error";
    }
}
