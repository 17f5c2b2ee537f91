package vn.ktxh.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest(name = "{0} round-trips, spans {1} to {2}, reads \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2024      | 2024-01-01 | 2024-12-31 | năm 2024
            2024-Q1   | 2024-01-01 | 2024-03-31 | quý I năm 2024
            2024-M03  | 2024-03-01 | 2024-03-31 | tháng 3 năm 2024
            2024-M02  | 2024-02-01 | 2024-02-29 | tháng 2 năm 2024
            2024-H1   | 2024-01-01 | 2024-06-30 | 6 tháng đầu năm 2024
            2024-H2   | 2024-07-01 | 2024-12-31 | 6 tháng cuối năm 2024
            2024-9M   | 2024-01-01 | 2024-09-30 | 9 tháng năm 2024
            2021-2025 | 2021-01-01 | 2025-12-31 | giai đoạn 2021-2025
            """)
    void readsAndWritesEveryForm(String text, LocalDate first, LocalDate last, String label) {
        Period period = Period.parse(text);
        assertThat(period.toString()).isEqualTo(text);
        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2024-Q5", "2024-M13", "2024-H3", "2025-2021", "năm 2024", "2024-13"})
    void refusesOtherFormsInVietnamese(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining("\"" + text + "\"")
                .satisfies(e -> assertThat(((RejectedInput) e).field()).isEqualTo("period"));
    }

    @Test
    void knowsTheSamePeriodOfThePreviousYearAndWhatLiesWithinWhat() {
        assertThat(Period.parse("2024-Q3").sameOfPreviousYear()).isEqualTo(Period.parse("2023-Q3"));
        assertThat(Period.parse("2024").within(Period.parse("2021-2025"))).isTrue();
        assertThat(Period.parse("2024-M03").within(Period.parse("2024-Q1"))).isTrue();
        assertThat(Period.parse("2026").within(Period.parse("2021-2025"))).isFalse();
    }
}
