package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneMarksTest {

    @Test
    void aFinalOaOeUyIsMarkedOnItsFirstVowel() {
        assertThat(ToneMarks.official("Hoà Thành")).isEqualTo("Hòa Thành");
        assertThat(ToneMarks.official("Thanh Hoá")).isEqualTo("Thanh Hóa");
        assertThat(ToneMarks.official("Thuỷ Nguyên")).isEqualTo("Thủy Nguyên");
        assertThat(ToneMarks.official("Khoẻ")).isEqualTo("Khỏe");
        assertThat(ToneMarks.official("HOÀ BÌNH")).isEqualTo("HÒA BÌNH");
    }

    @Test
    void otherSyllablesKeepTheirMarks() {
        for (String name :
                new String[] {"Quý Lộc", "Quỳnh Lưu", "Hòa Bình", "Đoàn Kết", "Hoàng Mai", "Thuận Nam", "Của"}) {
            assertThat(ToneMarks.official(name)).isEqualTo(name);
        }
    }

    @Test
    void aNameReadFromTheTextIsWrittenTheOfficialWay() {
        var statements = new StatementExtractor()
                .extract(DocumentText.ofText("a.txt", "Năm 2024, thị xã Hoà Thành thu ngân sách 200 tỷ đồng."));
        assertThat(statements).extracting(IndicatorStatement::area).containsExactly("thị xã Hòa Thành");
    }
}
