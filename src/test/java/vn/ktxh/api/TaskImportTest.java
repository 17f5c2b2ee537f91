package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;

/** Importing a plan's task list from Excel: all rows or none, every error named by row and column. */
@IntegrationTest
class TaskImportTest {

    static final String[] HEADER = {
        "STT",
        "Nhiệm vụ",
        "Nội dung",
        "Mục",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Ngày bắt đầu",
        "Thời hạn",
        "Chỉ tiêu liên quan",
        "Ưu tiên"
    };

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    int tasks() {
        return db.sql("select count(*) from task").query(Integer.class).single();
    }

    @Test
    void aValidSheetImportsEveryRow() throws Exception {
        int before = tasks();
        byte[] sheet = sheet(List.<String[]>of(
                row(
                        "1",
                        "Rà soát quy hoạch chi tiết khu dân cư số 2 (thử nhập)",
                        "Lập quy hoạch chi tiết",
                        "III.5",
                        "Phòng Kinh tế, Hạ tầng và Đô thị",
                        "Văn phòng HĐND-UBND, Công an phường",
                        "01/04/2026",
                        "30/12/2026",
                        "",
                        "Cao"),
                row(
                        "2",
                        "Báo cáo tình hình an ninh trật tự (thử nhập)",
                        "",
                        "III.9",
                        "Công an phường",
                        "",
                        "01/01/2026",
                        "Hằng tháng",
                        "",
                        ""),
                row(
                        "3",
                        "Thu ngân sách (thử nhập)",
                        "",
                        "III.2.2",
                        "phòng kinh tế, hạ tầng và đô thị",
                        "",
                        "",
                        "Thường xuyên",
                        "NS01",
                        "Trung bình")));
        Api.Reply reply = upload(sheet);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.body().get("imported").asInt()).isEqualTo(3);
        assertThat(tasks()).isEqualTo(before + 3);
        JsonNode monthly = reply.body().get("tasks").get(1);
        assertThat(monthly.get("recurrence").asString()).isEqualTo("MONTHLY");
        assertThat(monthly.get("end").asString()).as("the plan's year").isEqualTo("2026-12-31");
        assertThat(reply.body().get("tasks").get(0).get("cooperatingAgencies").size())
                .isEqualTo(2);
    }

    @Test
    void aSheetWithErrorsReportsEveryOneByRowAndColumnAndStoresNothing() throws Exception {
        int before = tasks();
        byte[] sheet = sheet(List.<String[]>of(
                row(
                        "1",
                        "Nhiệm vụ đúng (thử nhập)",
                        "",
                        "III.1",
                        "Văn phòng HĐND-UBND",
                        "",
                        "01/03/2026",
                        "30/06/2026",
                        "",
                        ""),
                row("2", "Nhiệm vụ sai cơ quan", "", "III.2", "Phòng Kinh tê", "", "01/03/2026", "30/06/2026", "", ""),
                row("3", "Nhiệm vụ sai ngày", "", "III.3", "Công an phường", "", "01/03/2026", "31/02/2026", "", ""),
                row("4", "", "Nội dung không có tên", "III.4", "Công an phường", "", "", "30/06/2026", "", "")));
        Api.Reply reply = upload(sheet);
        assertThat(reply.status()).isEqualTo(400);
        List<String> messages = new ArrayList<>();
        reply.body().get("errors").forEach(e -> messages.add(e.get("message").asString()));
        assertThat(messages)
                .containsExactly(
                        "Dòng 3, cột \"Cơ quan chủ trì\": không có cơ quan \"Phòng Kinh tê\" trong danh sách của phường Đoàn Kết "
                                + "(gần giống: Phòng Kinh tế, Hạ tầng và Đô thị)",
                        "Dòng 4, cột \"Thời hạn\": \"31/02/2026\" không phải ngày hợp lệ (dd/mm/yyyy, ví dụ 30/06/2026) hoặc \"Hằng tháng\", "
                                + "\"Hằng quý\", \"Hằng năm\", \"Thường xuyên\"",
                        "Dòng 5, cột \"Nhiệm vụ\": chưa có tên nhiệm vụ");
        assertThat(tasks()).as("all or nothing").isEqualTo(before);
    }

    @Test
    void onlyTheSynthesisAgencyImports() throws Exception {
        byte[] sheet = sheet(
                List.<String[]>of(row("1", "Không được nhập", "", "", "Công an phường", "", "", "30/06/2026", "", "")));
        assertThat(upload(sheet, "congan.doanket").status()).isEqualTo(403);
    }

    static String[] row(String... cells) {
        return cells;
    }

    static byte[] sheet(List<String[]> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Nhiệm vụ");
            List<String[]> all = new ArrayList<>();
            all.add(HEADER);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).length; c++) {
                    row.createCell(c).setCellValue(all.get(r)[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    Api.Reply upload(byte[] xlsx) {
        return upload(xlsx, "phuong.doanket");
    }

    Api.Reply upload(byte[] xlsx, String user) {
        long plan = db.sql(
                        "select p.id from plan p join area a on a.id = p.area_id where a.code = '03388' and p.period = '2026'")
                .query(Long.class)
                .single();
        return new Api(port)
                .as(user)
                .upload(
                        "/api/v1/tasks/import?area=03388&plan=" + plan,
                        "nhiem-vu.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx);
    }
}
