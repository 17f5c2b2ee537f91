package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;

/**
 * A large import of a report and the moves that close it (gửi, then phê duyệt), sent at nearly the same time: once the
 * approval has answered 200, no figure of that report commits any more — the moves waited for the import, which then
 * committed all its figures before them, or the import was refused and committed none.
 */
@IntegrationTest
class ApprovalDuringImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void noWriteOfAnApprovedReportCommitsAfterTheApprovalAnswered() throws Exception {
        approvalDuringImport(
                new String[] {"2026-M04", "2026-M05", "2026-M06"}, (admin, bulk) -> admin.put("/api/v1/figures", bulk));
    }

    /** The same through the streaming door, the import sent as JSON Lines. */
    @Test
    void noStreamedWriteOfAnApprovedReportCommitsAfterTheApprovalAnswered() throws Exception {
        approvalDuringImport(
                new String[] {"2027-M04", "2027-M05", "2027-M06"},
                (admin, bulk) -> admin.post(
                        "/api/v1/figures/stream",
                        "application/x-ndjson",
                        bulk.substring(1, bulk.length() - 1).replace("},{", "}\n{")));
    }

    /** {@code months}: months no other test of the shared context uses, one for each trial. */
    private void approvalDuringImport(String[] months, BiFunction<Api, String, Api.Reply> importer) throws Exception {
        Api admin = new Api(port);
        Api ward = admin.as("phuong.tanphong");
        Api province = admin.as("tonghop.laichau");
        List<String> codes = new ArrayList<>();
        List<String> communeCodes = new ArrayList<>();
        for (JsonNode indicator : admin.get("/api/v1/indicators").body()) {
            String levels = indicator.path("levels").toString();
            if (levels.contains("tỉnh")
                    || levels.contains("PROVINCE")) { // the nation's own indicators are not a province's
                codes.add(indicator.path("code").asString());
            }
            if (levels.contains("xã") || levels.contains("COMMUNE")) {
                communeCodes.add(indicator.path("code").asString());
            }
        }
        for (int trial = 0; trial < months.length; trial++) {
            String month = months[trial];
            assertThat(ward.put("/api/v1/figures", figures(List.of("NS01"), List.of(month), "03408", "1"))
                            .status())
                    .isEqualTo(200);
            String bulk = bulk(codes, communeCodes, month);
            CompletableFuture<Api.Reply> importing = CompletableFuture.supplyAsync(() -> importer.apply(admin, bulk));
            Thread.sleep(30L + 120L * trial); // the moves arrive while the import is parsed, checked or written
            Api.Reply submitted = ward.post("/api/v1/reports/03408/%s/workflow/submit".formatted(month), "{}");
            Api.Reply approved = province.post("/api/v1/reports/03408/%s/workflow/approve".formatted(month), "{}");
            long atApproval = count(month);
            Api.Reply imported = importing.get();
            assertThat(submitted.status()).isEqualTo(200);
            assertThat(approved.status()).isEqualTo(200);
            assertThat(imported.status()).as(imported.text()).isIn(200, 201, 409);
            assertThat(count(month))
                    .as(
                            "figures of 03408 %s committed after the approval answered (import %d)",
                            month, imported.status())
                    .isEqualTo(atApproval);
            assertThat(atApproval)
                    .as("all the import's figures of the ward, or none")
                    .isEqualTo(
                            imported.status() != 409
                                    ? 2L * communeCodes.size()
                                    : 2L); // the ward's own NS01, estimate and final
        }
    }

    private long count(String month) {
        return db.sql(
                        "select count(*) from figure f join area a on a.id = f.area_id where a.code = '03408' and f.period = ?")
                .param(month)
                .query(Long.class)
                .single();
    }

    /** Tens of thousands of figures of a province's years, with every figure of the ward's month among them. */
    private static String bulk(List<String> codes, List<String> communeCodes, String month) {
        List<String> periods = new ArrayList<>();
        for (int year = 2021; year <= 2024; year++) {
            periods.add(String.valueOf(year));
            for (int half = 1; half <= 2; half++) {
                periods.add("%d-H%d".formatted(year, half));
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                periods.add("%d-Q%d".formatted(year, quarter));
            }
            for (int m = 1; m <= 12; m++) {
                periods.add("%d-M%02d".formatted(year, m));
            }
        }
        String province = figures(codes, periods, "20", "2"); // Lạng Sơn: no other test reads its years
        String ward = figures(communeCodes, List.of(month), "03408", "3");
        return province.substring(0, province.length() - 1) + "," + ward.substring(1);
    }

    private static String figures(List<String> codes, List<String> periods, String area, String value) {
        StringBuilder json = new StringBuilder("[");
        for (String period : periods) {
            for (String code : codes) {
                for (String kind : new String[] {"ESTIMATE", "FINAL"}) {
                    json.append("{\"indicator\":\"%s\",\"area\":\"%s\",\"period\":\"%s\",\"kind\":\"%s\",\"value\":%s},"
                            .formatted(code, area, period, kind, value));
                }
            }
        }
        json.setCharAt(json.length() - 1, ']');
        return json.toString();
    }
}
