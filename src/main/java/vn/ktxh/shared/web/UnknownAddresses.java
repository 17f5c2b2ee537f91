package vn.ktxh.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers, or a method or content type it does not take: said in Vietnamese, as a problem detail to
 * the API and as a page to a browser (Spring's own answers are English and reach no controller advice of a module).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.NOT_FOUND,
                "Không tìm thấy",
                "Không có trang hoặc địa chỉ \"%s\"".formatted(request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.METHOD_NOT_ALLOWED,
                "Không hỗ trợ thao tác này",
                "Địa chỉ \"%s\" không nhận yêu cầu %s".formatted(request.getRequestURI(), e.getMethod()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Sai kiểu nội dung",
                "Địa chỉ \"%s\" không nhận nội dung kiểu \"%s\""
                        .formatted(request.getRequestURI(), e.getContentType()));
    }

    /** A refusal raised with its status and a Vietnamese reason: titled in Vietnamese like the others. */
    @ExceptionHandler(ResponseStatusException.class)
    Object withStatus(ResponseStatusException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return answer(
                request,
                status,
                status == HttpStatus.NOT_FOUND ? "Không tìm thấy" : "Không thực hiện được",
                e.getReason());
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, String title, String detail) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("refused");
        page.setStatus(status);
        page.addObject("message", detail);
        return page;
    }
}
