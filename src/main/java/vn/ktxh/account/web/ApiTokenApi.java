package vn.ktxh.account.web;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.account.Actor;
import vn.ktxh.account.ApiToken;
import vn.ktxh.account.ApiTokens;
import vn.ktxh.shared.AccessRefused;

/** Mã truy cập API over HTTP: make one (with a password, not with another token), list one's own, revoke one. */
@RestController
@RequestMapping("/api/v1/account/tokens")
class ApiTokenApi {

    record NewToken(String purpose) {}

    /** The answer to a new token: the only one that carries its secret. */
    record Made(long id, String purpose, Instant createdAt, String token) {}

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Made issue(Actor actor, @RequestBody NewToken body, Authentication caller) {
        if (caller instanceof BearerTokens.TokenAuthentication) { // a leaked token must not outlive its own revocation
            throw new AccessRefused("Không tạo được mã truy cập API bằng một mã khác; hãy đăng nhập bằng mật khẩu");
        }
        ApiToken.Issued issued = tokens.issue(actor, body.purpose());
        return new Made(
                issued.token().id(), issued.token().purpose(), issued.token().createdAt(), issued.secret());
    }

    @GetMapping
    List<ApiToken> list(Actor actor) {
        return tokens.visible(actor);
    }

    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<?> revoke(Actor actor, @PathVariable long id) {
        if (tokens.revoke(actor, id)) {
            return ResponseEntity.noContent().build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "Không có mã truy cập API số %d của bạn".formatted(id));
        problem.setTitle("Không tìm thấy");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
