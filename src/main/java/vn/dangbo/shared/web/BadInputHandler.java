package vn.dangbo.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A value no form offers (a tampered {@code ?year=abc}, a missing field) is a 400 page in
 * Vietnamese that changes nothing, on every page; modules map only their own not-found errors.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadInputHandler {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badValue(MethodArgumentTypeMismatchException e, Model model) {
        return page(model, "Giá trị \"" + e.getName() + "\" không hợp lệ.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missingValue(MissingServletRequestParameterException e, Model model) {
        return page(model, "Thiếu giá trị \"" + e.getParameterName() + "\".");
    }

    /** A filter value bound into a form object, such as {@code ?gender=X}. */
    @ExceptionHandler(BindException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badField(BindException e, Model model) {
        String field = e.getFieldError() == null ? "?" : e.getFieldError().getField();
        return page(model, "Giá trị \"" + field + "\" không hợp lệ.");
    }

    private static String page(Model model, String message) {
        model.addAttribute("message", message);
        return "error/error";
    }
}
