package vn.ktxh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void ignoresDiacriticsCaseAndSpacing() {
        assertThat(FoldedText.fold("Phường  Tân Phong")).isEqualTo("phuong tan phong");
        assertThat(FoldedText.fold("Đoàn Kết")).isEqualTo("doan ket");
        assertThat(FoldedText.fold("THU NGÂN SÁCH")).isEqualTo("thu ngan sach");
        assertThat(FoldedText.fold("Ủy ban")).isEqualTo(FoldedText.fold("uy BAN"));
    }
}
