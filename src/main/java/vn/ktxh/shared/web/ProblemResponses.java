package vn.ktxh.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Conflict;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.TooLarge;

/** Refusals of the API as RFC 9457 problem details, in Vietnamese, naming the field or item at fault. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's generic English problem details
class ProblemResponses {

    private final String uploadLimit;

    ProblemResponses(@Value("${spring.servlet.multipart.max-file-size:20MB}") String uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(RejectedInput.class)
    ProblemDetail rejected(RejectedInput e) {
        return problem(e.getMessage(), List.of(e));
    }

    @ExceptionHandler(RejectedInputs.class)
    ProblemDetail rejectedMany(RejectedInputs e) {
        return problem(e.getMessage(), e.problems());
    }

    @ExceptionHandler(AccessRefused.class)
    ProblemDetail refused(AccessRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Không có quyền");
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Không thực hiện được lúc này");
        return problem;
    }

    /** A request above {@code spring.servlet.multipart.max-file-size} never reaches a controller. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail overTheRequestLimit(MaxUploadSizeExceededException e) {
        return tooLarge(new TooLarge(
                "file",
                "Tệp lớn hơn %s, quá giới hạn một lần tải lên; hãy chia thành nhiều tệp".formatted(uploadLimit)));
    }

    /** A module's own limit (an attachment of a progress report). */
    @ExceptionHandler(TooLarge.class)
    ProblemDetail tooLarge(TooLarge e) {
        ProblemDetail problem = problem(e.getMessage(), List.of(e));
        problem.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        problem.setTitle("Tệp quá lớn");
        return problem;
    }

    /** The database is out of reach: not the caller's fault, try again (the embedded server restarts itself). */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseOutage(Exception e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
        problem.setTitle(DatabaseOutage.TITLE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "10")
                .body(problem);
    }

    /** A body that is not JSON, or does not fit the request, as {@link UnreadableJson} says it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return rejected(UnreadableJson.refusal(e, ""));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem(
                "Thiếu tham số \"%s\"".formatted(e.getParameterName()),
                List.of(new RejectedInput(e.getParameterName(), "Thiếu tham số")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(
                "Tham số \"%s\" có giá trị \"%s\" không hợp lệ".formatted(e.getName(), e.getValue()),
                List.of(new RejectedInput(e.getName(), "Giá trị không hợp lệ")));
    }

    private static ProblemDetail problem(String detail, List<RejectedInput> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Dữ liệu không hợp lệ");
        if (problems.size() == 1 && problems.get(0).field() != null) {
            problem.setProperty("field", problems.get(0).field());
        }
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of(
                                "field",
                                p.field() == null ? "" : p.field(),
                                "message",
                                p.getMessage() == null ? "" : p.getMessage()))
                        .toList());
        return problem;
    }
}
