package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
        return db.sql("select id from task where title like ? order by id limit 1")
                .param(titleStart + "%")
                .query(Long.class)
                .single();
    }

    int reports(long task) {
        return db.sql("select count(*) from task_progress where task_id = ?")
                .param(task)
                .query(Integer.class)
                .single();
    }

    @Test
    void theDemoOverviewShowsEveryStatusOnTheDayGiven() {
        Api.Reply reply = api.as("phuong.doanket").get("/api/v1/tasks/overview?area=03388&today=" + DAY);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode total = reply.body().get("total");
        for (String status : new String[] {"NOT_STARTED", "ON_TRACK", "OVERDUE", "DONE_ON_TIME", "DONE_LATE"}) {
            assertThat(total.get(status).asInt()).as(status).isPositive();
        }
        assertThat(reply.body().get("agencies").size()).isGreaterThanOrEqualTo(6);
        assertThat(reply.body().get("overdue").get(0).get("statusLabel").asString())
                .isEqualTo("Đang thực hiện quá hạn");
    }

    @Test
    void theListPutsOverdueTasksFirstAndFilters() {
        Api.Reply all = api.as("phuong.doanket").get("/api/v1/tasks?area=03388&today=" + DAY);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get(0).get("status").asString()).isEqualTo("OVERDUE");
        assertThat(all.body().get(0).propertyNames())
                .as("a task's JSON, flat")
                .containsExactlyInAnyOrder(
                        "id",
                        "planId",
                        "parentId",
                        "section",
                        "title",
                        "content",
                        "documentNumber",
                        "documentDate",
                        "documentIssuer",
                        "leadAgency",
                        "cooperatingAgencies",
                        "start",
                        "end",
                        "recurrence",
                        "due",
                        "period",
                        "status",
                        "statusLabel",
                        "percent",
                        "indicators",
                        "priority",
                        "source",
                        "extensions");
        Api.Reply done = api.as("phuong.doanket").get("/api/v1/tasks?area=03388&status=DONE_LATE&today=" + DAY);
        done.body().forEach(t -> assertThat(t.get("status").asString()).isEqualTo("DONE_LATE"));
        assertThat(api.as("phuong.tanphong").get("/api/v1/tasks?area=03388").status())
                .isEqualTo(403);
    }

    @Test
    void theLeadAgencyReportsProgressAndNobodyElseDoes() {
        long task = taskId("Quảng bá, xúc tiến du lịch"); // lead: Phòng Văn hóa - Xã hội; cooperating: Phòng Kinh tế...
        int before = reports(task);
        String body =
                "{\"percent\": 75, \"text\": \"Đón 140.000 lượt khách\", \"problems\": \"\", \"proposals\": \"\"}";

        Api.Reply cooperating = api.as("phuong.doanket").post("/api/v1/tasks/%d/progress".formatted(task), body);
        assertThat(cooperating.status()).isEqualTo(403);
        assertThat(cooperating.contentType()).startsWith("application/problem+json");
        assertThat(cooperating.body().get("detail").asString())
                .contains("không thuộc cơ quan chủ trì")
                .contains("Phòng Văn hóa - Xã hội");
        assertThat(api.as("congan.doanket")
                        .post("/api/v1/tasks/%d/progress".formatted(task), body)
                        .status())
                .isEqualTo(403);
        assertThat(api.anonymous()
                        .post("/api/v1/tasks/%d/progress".formatted(task), body)
                        .status())
                .isEqualTo(401);
        assertThat(reports(task)).as("nothing stored").isEqualTo(before);

        Api.Reply lead = api.as("vanhoa.doanket").post("/api/v1/tasks/%d/progress".formatted(task), body);
        assertThat(lead.status()).isEqualTo(200);
        assertThat(lead.body().get("percent").asInt()).isEqualTo(75);
        assertThat(lead.body().propertyNames())
                .as("a progress report's JSON, flat")
                .containsExactlyInAnyOrder(
                        "id",
                        "period",
                        "periodLabel",
                        "reportedOn",
                        "percent",
                        "text",
                        "problems",
                        "proposals",
                        "reportedBy",
                        "attachments");
        assertThat(lead.body().get("period").isString())
                .as("the period as text")
                .isTrue();
        assertThat(reports(task)).isEqualTo(before + 1);

        Api.Reply wrong = api.as("vanhoa.doanket")
                .post("/api/v1/tasks/%d/progress".formatted(task), "{\"percent\": 120, \"text\": \"\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("errors").size()).isEqualTo(2);
    }

    @Test
    void theSynthesisAgencyExtendsADeadlineWithItsReasonKept() {
        long task = taskId("Phát huy phong trào");
        Api.Reply refused = api.as("vanhoa.doanket")
                .post(
                        "/api/v1/tasks/%d/extensions".formatted(task),
                        "{\"newDate\": \"2027-01-15\", \"reason\": \"chờ kinh phí\"}");
        assertThat(refused.status()).isEqualTo(403);
        Api.Reply noReason = api.as("phuong.doanket")
                .post("/api/v1/tasks/%d/extensions".formatted(task), "{\"newDate\": \"2027-01-15\"}");
        assertThat(noReason.status()).isEqualTo(400);
        Api.Reply extended = api.as("phuong.doanket")
                .post(
                        "/api/v1/tasks/%d/extensions".formatted(task),
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
        assertThat(week.body().valueStream().map(t -> t.get("title").asString()))
                .anyMatch(t -> t.startsWith("Đẩy nhanh giải ngân"));
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
            assertThat(book.getSheetAt(0).getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo("Cơ quan chủ trì");
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(13);
        }
        long task = taskId("Cắt giảm, đơn giản hóa");
        HttpResponse<byte[]> word = download("/api/v1/tasks/%d/progress/2026-M07/document".formatted(task));
        assertThat(word.statusCode()).isEqualTo(200);
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(word.body())))) {
            assertThat(text.getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("tháng 7 năm 2026")
                    .contains("Tỷ lệ hoàn thành: 100%");
        }
    }

    @Test
    void theProvinceSynthesisOfficeSetsUpAWardsAgenciesAndTheirAccounts() {
        String agency = "{\"area\": \"03388\", \"name\": \"Phòng Nội vụ (thử)\", \"synthesis\": false}";
        assertThat(api.as("phuong.doanket").post("/api/v1/agencies", agency).status())
                .isEqualTo(403);
        Api.Reply created = api.as("tonghop.laichau").post("/api/v1/agencies", agency);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        Api.Reply members = api.as("tonghop.laichau")
                .post("/api/v1/agencies/%d/members".formatted(id), "{\"username\": \"congan.doanket\"}");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.body().get(0).asString()).isEqualTo("congan.doanket");
        assertThat(api.as("tonghop.laichau").post("/api/v1/agencies", agency).status())
                .as("names are unique in an area")
                .isEqualTo(400);
    }

    @Test
    void agenciesOfAnAreaAreListed() {
        Api.Reply reply = api.as("phuong.doanket").get("/api/v1/agencies?area=03388");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get(0).get("name").asString()).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
    }

    HttpResponse<byte[]> download(String path) {
        return api.as("phuong.doanket").download(path);
    }

    @Test
    void aLeadAgencySplitsItsTaskIntoSubTasksAndOthersMayNot() {
        long parent = taskId("Quảng bá, xúc tiến du lịch");
        String subTask = """
                {"areaCode": "03388", "parentId": %d, "section": "III.2.3", "title": "Tổ chức Lễ hội Đền thờ Vua Lê Lợi (nhiệm vụ con)",
                 "leadAgency": "Phòng Văn hóa - Xã hội", "cooperatingAgencies": ["Công an phường"], "due": "15/12/2026"}
                """.formatted(parent);
        assertThat(api.as("congan.doanket").post("/api/v1/tasks", subTask).status())
                .isEqualTo(403);
        Api.Reply created = api.as("vanhoa.doanket").post("/api/v1/tasks", subTask);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        assertThat(created.body().get("parentId").asLong()).isEqualTo(parent);
        Api.Reply page = api.as("vanhoa.doanket").get("/api/v1/tasks/" + parent);
        assertThat(page.body().get("subtasks").get(0).get("title").asString()).startsWith("Tổ chức Lễ hội");
        String plain = subTask.replace("\"parentId\": %d,".formatted(parent), "");
        assertThat(api.as("vanhoa.doanket").post("/api/v1/tasks", plain).status())
                .as("a new task is the synthesis office's")
                .isEqualTo(403);
    }

    @Test
    void theLeadAgencyAttachesAFileToItsReport() {
        long task = taskId("Phát triển nông nghiệp hàng hóa");
        Api lead = api.as("phuong.doanket");
        Api.Reply report = lead.post(
                "/api/v1/tasks/%d/progress".formatted(task), "{\"percent\": 85, \"text\": \"Thu hoạch vụ mùa\"}");
        long progress = report.body().get("id").asLong();
        byte[] content = "Biên bản nghiệm thu".getBytes(StandardCharsets.UTF_8);
        assertThat(api.as("congan.doanket")
                        .upload(
                                "/api/v1/tasks/%d/progress/%d/attachments".formatted(task, progress),
                                "bien-ban.txt",
                                "text/plain",
                                content)
                        .status())
                .isEqualTo(403);
        Api.Reply attached = lead.upload(
                "/api/v1/tasks/%d/progress/%d/attachments".formatted(task, progress),
                "bien-ban.txt",
                "text/plain",
                content);
        assertThat(attached.status()).isEqualTo(201);
        assertThat(attached.body().get("size").asLong()).isEqualTo(content.length);
        Api.Reply tooLarge = lead.upload(
                "/api/v1/tasks/%d/progress/%d/attachments".formatted(task, progress),
                "lon.bin",
                "application/octet-stream",
                new byte[10 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().get("detail").asString()).isEqualTo("Tệp \"lon.bin\" lớn hơn 10 MB");
        HttpResponse<byte[]> file = lead.download("/api/v1/tasks/%d/attachments/%d"
                .formatted(task, attached.body().get("id").asLong()));
        assertThat(file.body()).isEqualTo(content);
    }

    @Test
    void theListFiltersByAgencyAndDueDate() {
        long office = db.sql("select id from agency where name = 'Công an phường'")
                .query(Long.class)
                .single();
        Api.Reply police =
                api.as("phuong.doanket").get("/api/v1/tasks?area=03388&agency=%d&today=%s".formatted(office, DAY));
        assertThat(police.body().size()).isPositive();
        police.body()
                .forEach(t -> assertThat(t.get("leadAgency").get("id").asLong() == office
                                || t.get("cooperatingAgencies")
                                        .valueStream()
                                        .anyMatch(a -> a.get("id").asLong() == office))
                        .isTrue());
        Api.Reply early = api.as("phuong.doanket").get("/api/v1/tasks?area=03388&dueBefore=2026-07-01&today=" + DAY);
        early.body().forEach(t -> assertThat(t.get("due").asString()).isLessThan("2026-07-01"));
        assertThat(early.body().size()).isPositive();
    }
}
