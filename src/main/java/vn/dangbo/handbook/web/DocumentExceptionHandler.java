package vn.dangbo.handbook.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.dangbo.handbook.DocumentNotFound;

/** A document that does not exist, or that the viewer may not read, is the same 404 page. */
@ControllerAdvice(assignableTypes = DocumentController.class)
class DocumentExceptionHandler {

    @ExceptionHandler(DocumentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(DocumentNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
