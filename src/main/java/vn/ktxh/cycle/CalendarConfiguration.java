package vn.ktxh.cycle;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.ktxh.shared.Period;

/** The calendar from configuration: {@code ktxh.calendar.cut-off-day}, {@code deadline-day}, {@code deadline-months-after.YEAR}. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    ReportingCalendar reportingCalendar(Environment env) {
        ReportingCalendar defaults = ReportingCalendar.defaults();
        Map<Period.Type, Integer> after = new EnumMap<>(Period.Type.class);
        for (Period.Type type : Period.Type.values()) {
            Integer months = env.getProperty("ktxh.calendar.deadline-months-after." + type.name(), Integer.class);
            if (months != null) {
                after.put(type, months);
            }
        }
        return new ReportingCalendar(
                env.getProperty("ktxh.calendar.cut-off-day", Integer.class, defaults.cutOffDay()),
                env.getProperty("ktxh.calendar.deadline-day", Integer.class, defaults.deadlineDay()),
                Map.copyOf(after));
    }
}
