package vn.ktxh.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Conflict;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;

/**
 * A page asked for something that does not exist (an unknown code, a malformed period), that the account may
 * not see, or that is locked: say so in the layout, with the status that says it to a machine.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler({RejectedInput.class, RejectedInputs.class})
    String refused(RuntimeException e, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_BAD_REQUEST, e, response, model);
    }

    @ExceptionHandler(AccessRefused.class)
    String forbidden(AccessRefused e, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_FORBIDDEN, e, response, model);
    }

    @ExceptionHandler(Conflict.class)
    String conflict(Conflict e, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_CONFLICT, e, response, model);
    }

    /** Not the layout: its navigation would ask the database again. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    String databaseOutage(Exception e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        model.addAttribute("message", DatabaseOutage.MESSAGE);
        return "unavailable";
    }

    private static String page(int status, RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("message", e.getMessage());
        return "refused";
    }
}
