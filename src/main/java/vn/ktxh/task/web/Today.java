package vn.ktxh.task.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ktxh.shared.VietnamTime;

/** The day the pages and the API judge tasks on: the one asked for (tests, "as of" views), else today in Vietnam. */
@Component
public class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate or(LocalDate asked) {
        return asked != null ? asked : LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }
}
