package vn.ktxh.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one time zone of the system: "today" is the day in Vietnam, whatever the server's zone. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
