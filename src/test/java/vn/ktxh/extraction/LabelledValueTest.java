package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Figures a list line names by the label before its colon. */
class LabelledValueTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /** The unit of the first number after the line's first ": ". */
    private static String unitOf(String line) {
        Matcher number = NUMBER.matcher(line);
        assertThat(number.find(line.indexOf(": "))).isTrue();
        return LabelledValue.unitOf(line, number.start(), number.end());
    }

    @Test
    void aCountingLabelGivesItsBracketedUnitOrItsCountedNoun() {
        assertThat(unitOf("- Số bác sỹ bình quân 1 vạn dân (người): 15")).isEqualTo("người");
        assertThat(unitOf("2. Tổng số giường bệnh: 2.411, trong đó:")).isEqualTo("giường bệnh");
        assertThat(unitOf("1. Tổng số trạm y tế trên toàn tỉnh: 186")).isEqualTo("trạm y");
    }

    @Test
    void aRatePerPeopleHasNoUnit() {
        assertThat(unitOf("- Số người nhiễm HIV được phát hiện trên 100.000 dân: 4,1"))
                .isEmpty();
    }

    @Test
    void aLabelThatCountsNothingOrAFigureThatGoesOnIsNoLabelledValue() {
        assertThat(unitOf("- Phòng khám đa khoa khu vực: 86")).isNull();
        assertThat(unitOf("- Số hộ nghèo: 120 hộ, giảm 15 hộ")).isNull();
        assertThat(LabelledValue.unitOf("Số hộ nghèo 120", 12, 15)).isNull();
    }
}
