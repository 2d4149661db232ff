package vn.dangbo.handbook.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.dangbo.handbook.StudyCampaignNotFound;

/** A campaign that does not exist, or is assigned to other cells, is the same 404 page. */
@ControllerAdvice(assignableTypes = StudyController.class)
class StudyExceptionHandler {

    @ExceptionHandler(StudyCampaignNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(StudyCampaignNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
