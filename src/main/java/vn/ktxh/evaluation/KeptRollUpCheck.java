package vn.ktxh.evaluation;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.evaluation.storage.KeptRollUpRows;
import vn.ktxh.shared.VietnamTime;

/**
 * Kiểm tra số tổng hợp: recomputes every kept roll-up from the figures and reports each difference.
 * There must be none; one found means a door wrote figures around the triggers, and is logged as an error.
 */
@Service
public class KeptRollUpCheck {

    public record Result(long kept, List<String> differences) {

        public boolean consistent() {
            return differences.isEmpty();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(KeptRollUpCheck.class);

    private final KeptRollUpRows rows;

    KeptRollUpCheck(KeptRollUpRows rows) {
        this.rows = rows;
    }

    /** On demand: only an administrator may run it (it reads the whole country). */
    @Transactional(readOnly = true)
    public Result run(Actor actor) {
        actor.requireAdministrator("kiểm tra số tổng hợp toàn quốc");
        return check();
    }

    @Scheduled(cron = "0 30 2 * * *", zone = VietnamTime.ZONE_ID)
    @Transactional(readOnly = true)
    public void nightly() {
        Result result = check();
        if (result.consistent()) {
            LOG.info("Kiểm tra số tổng hợp: {} dòng, không có sai khác", result.kept());
        } else {
            LOG.error(
                    "Kiểm tra số tổng hợp: {} sai khác, ví dụ: {}",
                    result.differences().size(),
                    result.differences().get(0));
        }
    }

    private Result check() {
        return new Result(rows.count(), rows.differences());
    }
}
