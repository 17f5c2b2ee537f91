package vn.ktxh.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/** The annex of thành phố Lai Châu 2024 (seed 002) as downloaded, read back with POI. */
@IntegrationTest
class EvaluationWorkbookTest {

    @LocalServerPort
    int port;

    private XSSFWorkbook download(String query) throws Exception {
        HttpResponse<byte[]> response = Api.signedInPage(port, "quantri").download("/danh-gia/xlsx?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("danh-gia-105-2024.xlsx"));
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private static Row rowStartingWith(Sheet sheet, String name) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(r -> r.getCell(1) != null
                        && r.getCell(1).getCellType() == CellType.STRING
                        && r.getCell(1).getStringCellValue().startsWith(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the sheet"));
    }

    @Test
    void theAnnexKeepsItsHeadersAndItsNumbersAsNumbersInVietnameseNotation() throws Exception {
        try (XSSFWorkbook book = download("area=105&period=2024")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024 của thành phố Lai Châu");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .startsWith("Có 29/41 chỉ tiêu chủ yếu đạt và vượt kế hoạch");
            Row header = sheet.getRow(3);
            for (int c = 0; c < EvaluationWorkbook.HEADERS.length; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(EvaluationWorkbook.HEADERS[c]);
                assertThat(book.getFontAt(header.getCell(c).getCellStyle().getFontIndex())
                                .getBold())
                        .isTrue();
            }
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Ước thực hiện/Thực hiện");

            Row revenue = rowStartingWith(sheet, "Thu ngân sách nhà nước trên địa bàn");
            assertThat(revenue.getCell(3).getNumericCellValue()).isEqualTo(182_000);
            assertThat(revenue.getCell(4).getNumericCellValue()).isEqualTo(122_195);
            assertThat(revenue.getCell(5).getNumericCellValue()).isEqualTo(67.1);
            assertThat(revenue.getCell(7).getStringCellValue()).isEqualTo("▼ không đạt");

            DataFormatter vietnamese = new DataFormatter(Locale.forLanguageTag("vi-VN"));
            assertThat(vietnamese.formatCellValue(revenue.getCell(4))).isEqualTo("122.195");
            assertThat(vietnamese.formatCellValue(revenue.getCell(5))).isEqualTo("67,1");
            Row perHectare = rowStartingWith(sheet, "Giá trị sản xuất bình quân trên 1 ha");
            assertThat(vietnamese.formatCellValue(perHectare.getCell(3))).isEqualTo("125,1");
            assertThat(vietnamese.formatCellValue(perHectare.getCell(5))).isEqualTo("102,7");
            assertThat(perHectare.getCell(7).getStringCellValue()).isEqualTo("▲ vượt");
        }
    }
}
