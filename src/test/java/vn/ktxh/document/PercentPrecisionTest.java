package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ktxh.evaluation.PercentOfPlan;
import vn.ktxh.indicator.Direction;

/** DOMAIN.md's worked figures as printed under both precisions, rounded half up, and no miss printed as 100%. */
class PercentPrecisionTest {

    @ParameterizedTest(name = "{0} of {1} ({2}) → {3} / {4}")
    @CsvSource(delimiter = '|', textBlock = """
            4475   | 4832   | UP   | 92,6  | 93
            35     | 72     | UP   | 48,6  | 49
            2381   | 7346   | UP   | 32,4  | 32
            4977   | 7346   | UP   | 67,8  | 68
            19     | 28     | UP   | 67,9  | 68
            221    | 250    | UP   | 88,4  | 88
            647700 | 915000 | UP   | 70,8  | 71
            910    | 1250   | UP   | 72,8  | 73
            122.195| 182.4  | UP   | 67    | 67
            9.16   | 9.2    | DOWN | 100,4 | 100
            1      | 8      | UP   | 12,5  | 13
            1      | 16     | UP   | 6,3   | 6
            996    | 1000   | UP   | 99,6  | 99,6
            9995   | 10000  | UP   | 100   | 100
            """)
    void theWorkedFiguresPrintExactlyAtEitherPrecision(
            String actual, String target, Direction direction, String oneDecimal, String whole) {
        PercentOfPlan percent = PercentOfPlan.of(new BigDecimal(actual), new BigDecimal(target), direction)
                .orElseThrow();
        assertThat(PercentPrecision.ONE_DECIMAL.format(percent)).isEqualTo(oneDecimal);
        assertThat(PercentPrecision.WHOLE.format(percent)).isEqualTo(whole);
    }
}
