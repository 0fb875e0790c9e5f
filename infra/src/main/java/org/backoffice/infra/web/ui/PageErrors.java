package org.backoffice.infra.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backoffice.infra.web.ProblemHandler;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Map;

/**
 * A page that cannot be shown (an unknown id, a malformed filter) says why in a page of its own,
 * with the status the API would answer; the REST API keeps answering problem+json (ProblemHandler).
 * It serves the controllers marked {@link WebPage}, wherever their department puts them.
 */
@ControllerAdvice(annotations = WebPage.class)
class PageErrors {

    /**
     * Read models catch up a moment after a command: the page of something just created may not
     * exist for a few milliseconds. Then the page says so and shows itself as soon as it can.
     */
    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (e.getStatusCode().value() == 404 && flash != null && flash.containsKey("notice")) {
            model.addAllAttributes(flash);
            return "pending";
        }
        return page(e.getStatusCode().value(), e.getReason(), response, model);
    }

    /** An operation the page performs or reads through refused the user's role: nothing was changed. */
    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(403);
        return "forbidden";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badParameter(Exception e, HttpServletResponse response, Model model) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return page(400, "the value of '" + name + "' is not valid here", response, model);
    }

    @ExceptionHandler(Exception.class)
    String other(Exception e, HttpServletResponse response, Model model) {
        ProblemDetail problem = ProblemHandler.toProblem(e);
        return page(problem.getStatus(), problem.getDetail(), response, model);
    }

    private static String page(int status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error";
    }
}
