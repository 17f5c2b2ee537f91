package vn.ktxh.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one time zone of the system: "today" is the day in Vietnam, whatever the server's zone. */
public final class VietnamTime {

    /** The zone's name, a constant so that {@code @Scheduled(zone = VietnamTime.ZONE_ID)} can name it too. */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private VietnamTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
