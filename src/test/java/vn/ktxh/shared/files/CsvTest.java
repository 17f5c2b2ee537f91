package vn.ktxh.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktxh.shared.RejectedInput;

class CsvTest {

    private static List<Csv.Row> read(String text) {
        return Csv.read(new StringReader(text));
    }

    @Test
    void quotedCellsKeepCommasDoubledQuotesAndLineBreaks() {
        var rows = read("ma,ten\r\nKT01,\"Tổng sản phẩm, \"\"GRDP\"\"\r\ntheo giá so sánh\"\r\nKT02,Thu nhập\r\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("ten")).isEqualTo("Tổng sản phẩm, \"GRDP\"\r\ntheo giá so sánh");
        assertThat(rows.get(1).get("ma")).isEqualTo("KT02");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstColumnsName() {
        assertThat(read("\uFEFFma,gia_tri\nKT01,1.595,3\n").get(0).get("ma")).isEqualTo("KT01");
    }

    @Test
    void excelOfAVietnameseWindowsWritesSemicolonsBecauseTheCommaIsTheDecimalSign() {
        var row = read("ma;gia_tri\nKT01;1.595,3\n").get(0);

        assertThat(row.get("ma")).isEqualTo("KT01");
        assertThat(row.get("gia_tri")).isEqualTo("1.595,3");
    }

    @Test
    void blankLinesAreSkippedAndEachRowKnowsTheLineItStartsOn() {
        var rows = read("ma,ten\n\nKT01,\"a\nb\"\nKT02,c\n");

        assertThat(rows).extracting(Csv.Row::line).containsExactly(3, 5);
    }

    @Test
    void aMissingRequiredCellNamesItsColumnAndLine() {
        var row = read("ma,ten\nKT01,\n").get(0);

        assertThat(row.get("ten")).isNull();
        assertThatThrownBy(() -> row.require("ten")).hasMessage("Dòng 2: thiếu giá trị cột \"ten\"");
    }

    @Test
    void aCellWrittenForCopyReadsBackAsItWas() {
        String text = "say \"hi\", then\nleave";

        assertThat(read("a\n" + Csv.cell(text) + "\n").get(0).get("a")).isEqualTo(text);
    }

    @Test
    void eachRowIsHandedOnBeforeTheRestIsRead() {
        List<String> seen = new ArrayList<>();
        Reader broken = DroppedStream.reader("ma;gia_tri\nKT01;1.595,3\nKT02;2\n");

        assertThatThrownBy(() -> Csv.each(broken, row -> seen.add(row.line() + " " + row.get("ma"))))
                .isInstanceOf(RejectedInput.class)
                .hasMessage(
                        "Không đọc được CSV sau dòng 3: có dấu ngoặc kép chưa đóng, hoặc nội dung bị ngắt giữa chừng");
        assertThat(seen).containsExactly("2 KT01", "3 KT02");
    }

    @Test
    void aQuoteNeverClosedIsRefusedNamingTheLineItWasReadTo() {
        assertThatThrownBy(() -> read("ma,ten\nKT01,a\nKT02,\"b\nc\n"))
                .isInstanceOf(RejectedInput.class)
                .hasMessageStartingWith("Không đọc được CSV sau dòng 4:");
    }
}
