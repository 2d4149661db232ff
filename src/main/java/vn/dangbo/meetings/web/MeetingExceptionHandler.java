package vn.dangbo.meetings.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.dangbo.meetings.MeetingException;
import vn.dangbo.meetings.MeetingNotFound;

/**
 * Another cell's meeting is the same 404 as one that does not exist; a paper asked for too early
 * (minutes not written, resolution not valid) is a page that says why.
 */
@ControllerAdvice(assignableTypes = MeetingController.class)
class MeetingExceptionHandler {

    @ExceptionHandler(MeetingNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(MeetingNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }

    @ExceptionHandler(MeetingException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(MeetingException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/error";
    }
}
