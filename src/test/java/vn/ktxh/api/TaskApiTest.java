package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;

/** Tasks through the API with the demo tasks of phường Đoàn Kết, judged on 2026-11-23. */
@IntegrationTest
class TaskApiTest {

    static final String DAY = "2026-11-23";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    long taskId(String titleStart) {
        return db.sql("select id from task where title like ? order by id limit 1").param(titleStart + "%").query(Long.class).single();
    }

    int reports(long task) {
        return db.sql("select count(*) from task_progress where task_id = ?").param(task).query(Integer.class).single();
    }

    @Test
    void theDemoOverviewShowsEveryStatusOnTheDayGiven() {
        Api.Reply reply = api.as("phuong.doanket").get("/api/v1/tasks/overview?area=03388&today=" + DAY);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode total = reply.body().get("total");
        for (String status : new String[] { "NOT_STARTED", "ON_TRACK", "OVERDUE", "DONE_ON_TIME", "DONE_LATE" }) {
            assertThat(total.get(status).asInt()).as(status).isPositive();
        }
        assertThat(reply.body().get("agencies").size()).isEqualTo(6);
        assertThat(reply.body().get("overdue").get(0).get("statusLabel").asString()).isEqualTo("Đang thực hiện quá hạn");
    }

    @Test
    void theListPutsOverdueTasksFirstAndFilters() {
        Api.Reply all = api.as("phuong.doanket").get("/api/v1/tasks?area=03388&today=" + DAY);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get(0).get("status").asString()).isEqualTo("OVERDUE");
        Api.Reply done = api.as("phuong.doanket").get("/api/v1/tasks?area=03388&status=DONE_LATE&today=" + DAY);
        done.body().forEach(t -> assertThat(t.get("status").asString()).isEqualTo("DONE_LATE"));
        assertThat(api.as("phuong.tanphong").get("/api/v1/tasks?area=03388").status()).isEqualTo(403);
    }

    @Test
    void theLeadAgencyReportsProgressAndNobodyElseDoes() {
        long task = taskId("Quảng bá, xúc tiến du lịch"); // lead: Phòng Văn hóa - Xã hội; cooperating: Phòng Kinh tế...
        int before = reports(task);
        String body = "{\"percent\": 75, \"text\": \"Đón 140.000 lượt khách\", \"problems\": \"\", \"proposals\": \"\"}";

        Api.Reply cooperating = api.as("phuong.doanket").post("/api/v1/tasks/%d/progress".formatted(task), body);
        assertThat(cooperating.status()).isEqualTo(403);
        assertThat(cooperating.contentType()).startsWith("application/problem+json");
        assertThat(cooperating.body().get("detail").asString()).contains("không thuộc cơ quan chủ trì").contains("Phòng Văn hóa - Xã hội");
        assertThat(api.as("congan.doanket").post("/api/v1/tasks/%d/progress".formatted(task), body).status()).isEqualTo(403);
        assertThat(api.anonymous().post("/api/v1/tasks/%d/progress".formatted(task), body).status()).isEqualTo(401);
        assertThat(reports(task)).as("nothing stored").isEqualTo(before);

        Api.Reply lead = api.as("vanhoa.doanket").post("/api/v1/tasks/%d/progress".formatted(task), body);
        assertThat(lead.status()).isEqualTo(200);
        assertThat(lead.body().get("percent").asInt()).isEqualTo(75);
        assertThat(reports(task)).isEqualTo(before + 1);

        Api.Reply wrong = api.as("vanhoa.doanket").post("/api/v1/tasks/%d/progress".formatted(task), "{\"percent\": 120, \"text\": \"\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("errors").size()).isEqualTo(2);
    }

    @Test
    void theSynthesisAgencyExtendsADeadlineWithItsReasonKept() {
        long task = taskId("Phát huy phong trào");
        Api.Reply refused = api.as("vanhoa.doanket").post("/api/v1/tasks/%d/extensions".formatted(task),
                "{\"newDate\": \"2027-01-15\", \"reason\": \"chờ kinh phí\"}");
        assertThat(refused.status()).isEqualTo(403);
        Api.Reply noReason = api.as("phuong.doanket").post("/api/v1/tasks/%d/extensions".formatted(task), "{\"newDate\": \"2027-01-15\"}");
        assertThat(noReason.status()).isEqualTo(400);
        Api.Reply extended = api.as("phuong.doanket").post("/api/v1/tasks/%d/extensions".formatted(task),
                "{\"newDate\": \"2027-01-15\", \"reason\": \"chờ kinh phí\"}");
        assertThat(extended.status()).isEqualTo(200);
        assertThat(extended.body().get("due").asString()).isEqualTo("2027-01-15");
        JsonNode audit = extended.body().get("extensions").get(0);
        assertThat(audit.get("oldDate").asString()).isEqualTo("2026-12-15");
        assertThat(audit.get("extendedBy").asString()).isEqualTo("phuong.doanket");
        assertThat(audit.get("reason").asString()).isEqualTo("chờ kinh phí");
    }

    @Test
    void dueThisWeekAndRemindersAreThoseOfTheAccountsAgencies() {
        Api.Reply week = api.as("phuong.doanket").get("/api/v1/tasks/due-this-week?today=" + DAY);
        assertThat(week.status()).isEqualTo(200);
        assertThat(week.body().valueStream().map(t -> t.get("title").asString())).anyMatch(t -> t.startsWith("Đẩy nhanh giải ngân"));
        week.body().forEach(t -> assertThat(t.get("due").asString()).isBetween(DAY, "2026-11-30"));
        Api.Reply reminders = api.as("phuong.doanket").get("/api/v1/tasks/reminders?today=" + DAY);
        assertThat(reminders.body().get(0).get("kind").asString()).isEqualTo("OVERDUE");
        assertThat(reminders.body().get(0).get("text").asString()).startsWith("Quá hạn");
        assertThat(api.anonymous().get("/api/v1/tasks/reminders").status()).isEqualTo(401);
    }

    @Test
    void theTaskTableExportsToExcelAndAReportToWord() throws Exception {
        HttpResponse<byte[]> sheet = download("/api/v1/tasks/export?area=03388&today=" + DAY);
        assertThat(sheet.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("Cơ quan chủ trì");
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(13);
        }
        long task = taskId("Cắt giảm, đơn giản hóa");
        HttpResponse<byte[]> word = download("/api/v1/tasks/%d/progress/2026-M07/document".formatted(task));
        assertThat(word.statusCode()).isEqualTo(200);
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(word.body())))) {
            assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("tháng 7 năm 2026")
                    .contains("Tỷ lệ hoàn thành: 100%");
        }
    }

    @Test
    void agenciesOfAnAreaAreListed() {
        Api.Reply reply = api.as("phuong.doanket").get("/api/v1/agencies?area=03388");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get(0).get("name").asString()).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("phuong.doanket:demo-ktxh-2025".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
