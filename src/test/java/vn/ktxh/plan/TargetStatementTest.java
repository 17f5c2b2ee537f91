package vn.ktxh.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;

class TargetStatementTest {

    @ParameterizedTest(name = "{0} {1} {2} is written \"{5}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        VALUE                 | 1595.3 | triệu đồng | -  | -    | 1.595,3
        AT_LEAST              | 95     | %          | -  | -    | từ 95% trở lên
        MORE_THAN             | 91.5   | %          | -  | -    | trên 91,5%
        AT_MOST               | 1.65   | %          | -  | -    | không quá 1,65%
        LESS_THAN             | 13.99  | %          | -  | -    | dưới 13,99%
        MAINTAIN              | 100    | %          | -  | -    | duy trì 100%
        GROWTH_VS_PREVIOUS    | 10     | tỷ đồng    | -  | 2024 | tăng ít nhất 10% so với năm 2024
        GROWTH_VS_PREVIOUS    | 10     | tỷ đồng    | -  | -    | tăng ít nhất 10% so với năm trước
        AVERAGE_ANNUAL_GROWTH | 10     | tỷ đồng    | -  | 2025 | tăng bình quân hằng năm 10% trở lên so với năm 2025
        GROWTH_VS_BASE        | 25     | triệu đồng | -  | 2025 | tăng 25% so với năm 2025
        COUNT_OF_TOTAL        | 6      | trường     | 8  | -    | 6/8
        BUDGET_ESTIMATE       | 170300 | triệu đồng | -  | -    | dự toán 170.300
        """)
    void isWrittenAsTheDocumentsWriteIt(
            TargetForm form, BigDecimal value, String unit, BigDecimal ofTotal, String base, String words) {
        TargetStatement target =
                new TargetStatement(form, value, ofTotal, base == null ? null : Period.parse(base), null);
        assertThat(target.inWords(UnitOfMeasure.of(unit))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} {1} {2} is written with its unit \"{4}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        VALUE              | 1595.3 | triệu đồng | -    | 1.595,3 triệu đồng
        MORE_THAN          | 91.5   | %          | -    | trên 91,5%
        AT_MOST            | 10.59  | ‰          | -    | không quá 10,59‰
        GROWTH_VS_PREVIOUS | 10     | tỷ đồng    | 2024 | tăng ít nhất 10% so với năm 2024
        COUNT_OF_TOTAL     | 6      | trường     | -    | 6/8 trường
        """)
    void carriesItsUnitOnceWhereNoColumnDoes(
            TargetForm form, BigDecimal value, String unit, String base, String words) {
        TargetStatement target = new TargetStatement(
                form,
                value,
                form == TargetForm.COUNT_OF_TOTAL ? BigDecimal.valueOf(8) : null,
                base == null ? null : Period.parse(base),
                null);
        assertThat(target.inWordsWithUnit(UnitOfMeasure.of(unit))).isEqualTo(words);
    }
}
