package vn.ktxh.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ktxh.shared.Period;

class ReportingCalendarTest {

    /** Nghị định 09/2019/NĐ-CP, Điều 12: from the 15th of the month before the period to the 14th of its last month. */
    @ParameterizedTest(name = "{0} covers {1} to {2}, due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-M03 | 2024-02-15 | 2024-03-14 | 2024-03-20
            2024-Q1  | 2023-12-15 | 2024-03-14 | 2024-03-20
            2024-H1  | 2023-12-15 | 2024-06-14 | 2024-06-20
            2024-9M  | 2023-12-15 | 2024-09-14 | 2024-09-20
            2024     | 2023-12-15 | 2024-12-14 | 2024-12-20
            """)
    void followsTheNationalRuleByDefault(String period, LocalDate from, LocalDate cutOff, LocalDate deadline) {
        ReportingCalendar calendar = ReportingCalendar.defaults();
        Period p = Period.parse(period);
        assertThat(calendar.coversFrom(p)).isEqualTo(from);
        assertThat(calendar.cutOff(p)).isEqualTo(cutOff);
        assertThat(calendar.deadline(p)).isEqualTo(deadline);
    }

    @Test
    void isConfiguration() {
        ReportingCalendar calendar = new ReportingCalendar(10, 5, Map.of(Period.Type.YEAR, 1));
        assertThat(calendar.cutOff(Period.parse("2024-M02"))).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(calendar.deadline(Period.parse("2024"))).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(calendar.deadline(Period.parse("2024-Q2"))).isEqualTo(LocalDate.of(2024, 6, 5));
    }
}
