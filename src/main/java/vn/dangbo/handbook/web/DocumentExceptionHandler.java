package vn.dangbo.handbook.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.dangbo.handbook.DocumentNotFound;

/** A document that does not exist, or that the viewer may not read, is the same 404 page; a bad id is a 400. */
@ControllerAdvice(assignableTypes = DocumentController.class)
class DocumentExceptionHandler {

    @ExceptionHandler(DocumentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(DocumentNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(Model model) {
        model.addAttribute("message", "Giá trị gửi lên không hợp lệ.");
        return "error/error";
    }
}
