package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogMatcherTest {

    private final CatalogMatcher catalogue = new CatalogMatcher(List.of(
            new CatalogEntry("NS01", "Thu ngân sách nhà nước trên địa bàn", "triệu đồng"),
            new CatalogEntry("YT03", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%"),
            new CatalogEntry("GD02", "Tỷ lệ trường đạt chuẩn quốc gia", "%"),
            new CatalogEntry("GD01", "Số trường học", "trường"),
            new CatalogEntry("LD01", "Số lao động được giải quyết việc làm", "người")));

    @Test
    void matchesWithoutDiacriticsAndWithOtherWording() {
        assertThat(catalogue
                        .match("thu ngan sach nha nuoc tren dia ban", "triệu đồng")
                        .entry()
                        .code())
                .isEqualTo("NS01");
        assertThat(catalogue
                        .match("Tổng thu NSNN trên địa bàn", "tỷ đồng")
                        .entry()
                        .code())
                .isEqualTo("NS01");
        assertThat(catalogue.match("Tỷ lệ dân số tham gia BHYT", "%").entry().code())
                .isEqualTo("YT03");
        assertThat(catalogue
                        .match("Tỷ lệ các trường đạt chuẩn Quốc gia", "%")
                        .entry()
                        .code())
                .isEqualTo("GD02");
        assertThat(catalogue
                        .match("Lao động được giải quyết việc làm trong năm", "người")
                        .entry()
                        .code())
                .isEqualTo("LD01");
    }

    @Test
    void proposesANewIndicatorWhenNothingIsClose() {
        CatalogMatcher.CatalogMatch match = catalogue.match("Số vụ cháy rừng", "vụ");
        assertThat(match.matched()).isFalse();
        assertThat(match.proposedName()).isEqualTo("Số vụ cháy rừng");
    }
}
