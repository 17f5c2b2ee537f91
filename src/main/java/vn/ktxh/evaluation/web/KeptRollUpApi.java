package vn.ktxh.evaluation.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ktxh.account.Actor;
import vn.ktxh.evaluation.KeptRollUpCheck;

/** The on-demand check of the kept roll-ups (the same runs nightly). */
@RestController
class KeptRollUpApi {

    record CheckJson(long kept, boolean consistent, List<String> differences) {}

    private final KeptRollUpCheck check;

    KeptRollUpApi(KeptRollUpCheck check) {
        this.check = check;
    }

    @GetMapping("/api/v1/admin/rollup-check")
    CheckJson run(Actor actor) {
        KeptRollUpCheck.Result result = check.run(actor);
        return new CheckJson(result.kept(), result.consistent(), result.differences());
    }
}
