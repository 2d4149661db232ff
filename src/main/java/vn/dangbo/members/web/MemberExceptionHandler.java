package vn.dangbo.members.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
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

    /** A filter value no form offers, such as {@code ?gender=X}, bound into {@link MemberFilters}. */
    @ExceptionHandler(BindException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badFilter(BindException e, Model model) {
        String field = e.getFieldError() == null ? "?" : e.getFieldError().getField();
        model.addAttribute("message", "Giá trị \"" + field + "\" không hợp lệ.");
        return "error/error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(MethodArgumentTypeMismatchException e, Model model) {
        model.addAttribute("message", "Giá trị \"" + e.getName() + "\" không hợp lệ.");
        return "error/error";
    }
}
