package vn.ktxh.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.ktxh.shared.Period;

class FigureTest {

    private static Figure figure(FigureKind kind, String value) {
        return new Figure(
                "GRDP", 1L, Period.parse("2024"), kind, new BigDecimal(value), "test", false, "tester", Instant.EPOCH);
    }

    @Test
    void theFinalFigureWinsOverTheEstimateWhicheverComesFirst() {
        Figure estimate = figure(FigureKind.ESTIMATE, "1595.3");
        Figure fin = figure(FigureKind.FINAL, "1601.7");
        assertThat(Figure.preferred(estimate, fin)).isSameAs(fin);
        assertThat(Figure.preferred(fin, estimate)).isSameAs(fin);
    }

    @Test
    void betweenTwoOfTheSameKindTheFirstIsKept() {
        Figure first = figure(FigureKind.ESTIMATE, "1");
        Figure second = figure(FigureKind.ESTIMATE, "2");
        assertThat(Figure.preferred(first, second)).isSameAs(first);
    }
}
