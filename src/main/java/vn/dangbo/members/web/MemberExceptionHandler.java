package vn.dangbo.members.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.dangbo.members.MemberNotFound;

/** A missing member is a 404 page in Vietnamese, not a stack trace. */
@ControllerAdvice(basePackageClasses = MemberExceptionHandler.class)
class MemberExceptionHandler {

    @ExceptionHandler(MemberNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(MemberNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
