package vn.dangbo.rating.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.dangbo.rating.RoundNotFound;

/** A missing round is a 404 in Vietnamese; input no form offers is a 400 that changes nothing. */
@ControllerAdvice(basePackageClasses = RatingExceptionHandler.class)
class RatingExceptionHandler {

    @ExceptionHandler(RoundNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String roundNotFound(RoundNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badValue(MethodArgumentTypeMismatchException e, Model model) {
        model.addAttribute("message", "Giá trị \"" + e.getName() + "\" không hợp lệ.");
        return "error/error";
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missingValue(MissingServletRequestParameterException e, Model model) {
        model.addAttribute("message", "Thiếu giá trị \"" + e.getParameterName() + "\".");
        return "error/error";
    }
}
