package vn.ktxh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitOfMeasureTest {

    @Test
    void convertsMoneyAndSharesWithinTheirFamily() {
        assertThat(UnitOfMeasure.of("tỷ đồng").convert(new BigDecimal("122.195"), UnitOfMeasure.of("triệu đồng")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("122195"));
        assertThat(UnitOfMeasure.of("triệu đồng").convert(new BigDecimal("1595.3"), UnitOfMeasure.of("tỷ đồng")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.5953"));
        assertThat(UnitOfMeasure.of("%").convert(new BigDecimal("0.973"), UnitOfMeasure.of("‰")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9.73"));
    }

    @Test
    void readsTheSpellingsOfTheDocuments() {
        assertThat(UnitOfMeasure.of("Tỉ đồng")).isEqualTo(UnitOfMeasure.of("tỷ đồng"));
        assertThat(UnitOfMeasure.of("trđ")).isEqualTo(UnitOfMeasure.of("triệu đồng"));
        assertThat(UnitOfMeasure.of("%o")).isEqualTo(UnitOfMeasure.of("‰"));
    }

    @Test
    void doesNotConvertAcrossFamiliesOrCountedNouns() {
        assertThat(UnitOfMeasure.of("người").convert(BigDecimal.TEN, UnitOfMeasure.of("%")))
                .isEmpty();
        assertThat(UnitOfMeasure.of("tấn").convert(BigDecimal.TEN, UnitOfMeasure.of("triệu đồng")))
                .isEmpty();
        assertThat(UnitOfMeasure.of("người").convert(BigDecimal.TEN, UnitOfMeasure.of("người")))
                .contains(BigDecimal.TEN);
    }
}
