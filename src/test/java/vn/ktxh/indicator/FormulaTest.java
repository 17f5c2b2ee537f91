package vn.ktxh.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ktxh.shared.RejectedInput;

class FormulaTest {

    private static final Map<String, BigDecimal> FIGURES = Map.of(
            "KT10",
            new BigDecimal("2987.5"),
            "YT01",
            new BigDecimal("48183"),
            "A",
            new BigDecimal("2"),
            "B",
            new BigDecimal("3"),
            "ZERO",
            BigDecimal.ZERO);

    private static Optional<BigDecimal> evaluate(String formula) {
        return Formula.parse(formula).evaluate(code -> Optional.ofNullable(FIGURES.get(code)));
    }

    @Test
    void computesAnIndicatorFromOthersWithPrecedenceAndParentheses() {
        assertThat(evaluate("KT10 / YT01 * 1000").orElseThrow())
                .isEqualByComparingTo(new BigDecimal("2987.5")
                        .divide(new BigDecimal("48183"), MathContext.DECIMAL64)
                        .multiply(BigDecimal.valueOf(1000)));
        assertThat(evaluate("A + B * 2")).contains(new BigDecimal("8"));
        assertThat(evaluate("(A + B) * 2")).contains(new BigDecimal("10"));
        assertThat(evaluate("A - B - 1")).contains(new BigDecimal("-2"));
        assertThat(Formula.parse("KT10 / YT01 * 1000").operands()).containsExactlyInAnyOrder("KT10", "YT01");
    }

    @Test
    void givesNoValueWithoutAnOperandOrAgainstZero() {
        assertThat(evaluate("A / MISSING")).isEmpty();
        assertThat(evaluate("A / ZERO")).isEmpty();
    }

    @Test
    void refusesAMalformedFormulaSayingWhere() {
        assertThatThrownBy(() -> Formula.parse("(A + B"))
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining("thiếu dấu \")\"");
        assertThatThrownBy(() -> Formula.parse("A + "))
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining("kết thúc giữa chừng");
        assertThatThrownBy(() -> Formula.parse("A $ B"))
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining("vị trí 3");
    }
}
