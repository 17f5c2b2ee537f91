package vn.ktxh.exchange.web;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request above the multipart limit never reaches a controller; this says so in Vietnamese, as a problem
 * (the upload page shows the detail). The limit is {@code spring.servlet.multipart.max-file-size}.
 */
@RestControllerAdvice
class UploadLimit {

    private final String limit;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:20MB}") String limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        String detail = "Tệp lớn hơn %s, quá giới hạn một lần tải lên; hãy chia thành nhiều tệp".formatted(limit);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        problem.setTitle("Tệp quá lớn");
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", detail)));
        return problem;
    }
}
