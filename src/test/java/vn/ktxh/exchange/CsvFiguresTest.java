package vn.ktxh.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ktxh.data.FigureKind;
import vn.ktxh.shared.RejectedInput;

class CsvFiguresTest {

    @Test
    void readsUtf8WithOrWithoutBomInVietnameseNotation() {
        for (String bom : new String[] {"", "\uFEFF"}) {
            FileContents read = CsvFigures.read(
                    (bom
                                    + "indicator,area,period,kind,value,unit,note\r\nNS01,105,2024,ước thực hiện,\"1.595,3\",triệu đồng,Báo cáo số 5268\r\n")
                            .getBytes(StandardCharsets.UTF_8),
                    10);
            assertThat(read.problems()).isEmpty();
            UploadedFigure f = read.figures().get(0);
            assertThat(f.value()).isEqualByComparingTo(new BigDecimal("1595.3"));
            assertThat(f.kind()).isEqualTo(FigureKind.ESTIMATE);
            assertThat(f.note()).isEqualTo("Báo cáo số 5268");
            assertThat(f.place().describe("value")).isEqualTo("Dòng 2, cột \"value\"");
        }
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheLine() {
        byte[] latin = "indicator,area,period,kind,value,unit,note\nNS01,105,2024,FINAL,1,,Phòng\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvFigures.read(latin, 10))
                .isInstanceOf(RejectedInput.class)
                .hasMessageStartingWith("Tệp CSV không phải mã UTF-8: dòng 2 có byte 0xF2");
    }

    @Test
    void refusesAMissingColumnSayingWhatTheHeaderMustBe() {
        assertThatThrownBy(() -> CsvFigures.read("indicator,area,value\n".getBytes(StandardCharsets.UTF_8), 10))
                .hasMessage(
                        "Tệp CSV thiếu cột \"period\", \"kind\"; dòng đầu phải là: indicator,area,period,kind,value,unit,note");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        FileContents read = CsvFigures.read(
                "indicator,area,period,kind,value\nA,1,2024,FINAL,1\nA,1,2024,FINAL,2\n"
                        .getBytes(StandardCharsets.UTF_8),
                1);
        assertThat(read.problems())
                .singleElement()
                .extracting(FileContents.ProblemAt::text)
                .asString()
                .isEqualTo(
                        "Dòng 3: tệp có 2 dòng số liệu, quá giới hạn 1 dòng một lần tải lên; hãy chia thành nhiều tệp");
    }

    @Test
    void aStampSignedWithAnotherKeyOrEditedIsNoticed() {
        TemplateStamp stamp = TemplateStamp.of("105", LocalDate.of(2004, 1, 1), "2024", "k");
        assertThat(stamp.signedWith("k")).isTrue();
        assertThat(stamp.signedWith("other")).isFalse();
        assertThat(new TemplateStamp("03408", stamp.areaValidFrom(), "2024", stamp.version(), stamp.signature())
                        .signedWith("k"))
                .isFalse();
    }
}
