package vn.ktxh.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;
import vn.ktxh.data.FiguresChanged;

/**
 * The exchange as a client uses it: download the city's 2024 template, fill it, upload, read the preview, commit,
 * see the evaluation; and every broken file refused with a Vietnamese message naming where, nothing stored.
 * Figures changed here are put back afterwards, since other tests read the city's 2024 report.
 */
@IntegrationTest
class ExchangeApiTest {

    static final String UPLOAD = "/api/v1/exchange/uploads?area=105&period=2024";
    static final int ESTIMATE = 5;
    static final int FINAL = 6;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    Api api;
    FigureSnapshot before;

    @BeforeEach
    void connect() {
        api = new Api(port);
        before = FigureSnapshot.take(db);
    }

    @AfterEach
    void putFiguresBack() {
        before.restore(db, events);
    }

    @Test
    void aFilledTemplateChangesExactlyWhatWasTypedAndTheEvaluationShowsIt() throws IOException {
        XSSFWorkbook book = template("105", "2024");
        XSSFSheet sheet = book.getSheet("Số liệu");
        assertThat(sheet.getProtect()).as("structure protected").isTrue();
        assertThat(book.getSheetVisibility(book.getSheetIndex("_ktxh"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(sheet.getRow(5).getCell(ESTIMATE).getCellStyle().getLocked()).isTrue();
        Row income = row(sheet, "KT02");
        assertThat(income.getCell(ESTIMATE).getNumericCellValue()).isEqualTo(62.0);
        assertThat(income.getCell(ESTIMATE).getCellStyle().getLocked())
                .as("input cells open")
                .isFalse();
        assertThat(income.getCell(4).getNumericCellValue()).as("target filled").isEqualTo(62.0);
        income.getCell(ESTIMATE).setCellValue(63.5);
        row(sheet, "NS03").getCell(FINAL).setCellValue("18.250,5"); // typed as text in Vietnamese notation

        JsonNode preview = ok(api.upload(UPLOAD, "so-lieu-105-2024.xlsx", bytes(book)));
        assertThat(preview.get("changes")).hasSize(2);
        JsonNode estimate = change(preview, "KT02", "ESTIMATE");
        assertThat(estimate.get("oldValue").decimalValue()).isEqualByComparingTo("62");
        assertThat(estimate.get("newValue").decimalValue()).isEqualByComparingTo("63.5");
        assertThat(estimate.get("action").asString()).isEqualTo("sửa");
        assertThat(estimate.get("place").asString())
                .isEqualTo("Trang \"Số liệu\", dòng %d, cột \"Ước thực hiện\"".formatted(income.getRowNum() + 1));
        JsonNode added = change(preview, "NS03", "FINAL");
        assertThat(added.get("oldValue").isNull()).isTrue();
        assertThat(added.get("newValue").decimalValue()).isEqualByComparingTo("18250.5");
        assertThat(preview.get("unchanged").asInt()).isEqualTo(61); // the 62 stored 2024 figures less the one changed

        assertThat(ok(api.post(
                                "/api/v1/exchange/uploads/"
                                        + preview.get("token").asString() + "/commit",
                                ""))
                        .get("stored")
                        .asInt())
                .isEqualTo(2);
        JsonNode evaluations =
                api.get("/api/v1/evaluations?area=105&period=2024").body();
        assertThat(evaluation(evaluations, "KT02").get("value").decimalValue()).isEqualByComparingTo("63.5");
        assertThat(evaluation(evaluations, "NS03").get("value").decimalValue()).isEqualByComparingTo("18250.5");
        assertThat(evaluation(evaluations, "NS03").get("kind").asString()).isEqualTo("FINAL");
        JsonNode history = api.get("/api/v1/figures/history?area=105&period=2024&indicator=KT02")
                .body();
        assertThat(history.get(history.size() - 1).get("reason").asString())
                .isEqualTo("Tải lên tệp so-lieu-105-2024.xlsx");
    }

    @Test
    void aTokenCommitsOnce() throws IOException {
        XSSFWorkbook book = template("105", "2024");
        row(book.getSheet("Số liệu"), "KT02").getCell(ESTIMATE).setCellValue(64);
        String token =
                ok(api.upload(UPLOAD, "a.xlsx", bytes(book))).get("token").asString();
        ok(api.post("/api/v1/exchange/uploads/" + token + "/commit", ""));
        String fingerprint = fingerprint();
        Api.Reply again = api.post("/api/v1/exchange/uploads/" + token + "/commit", "");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("detail").asString()).contains("đã được ghi rồi");
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void aPreviewIsReadOnlyByTheAccountThatUploadedIt() {
        String csv = "indicator,area,period,kind,value,unit,note\nKT02,105,2024,ESTIMATE,70,,\n";
        String token = ok(api.upload(UPLOAD, "a.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .get("token")
                .asString();
        assertThat(ok(api.get("/api/v1/exchange/uploads/" + token)).get("changes"))
                .hasSize(1);
        for (String other : List.of("tonghop.laichau", "phuong.tanphong")) {
            Api.Reply read = api.as(other).get("/api/v1/exchange/uploads/" + token);
            assertThat(read.status()).as(other).isEqualTo(403);
            assertThat(read.text().replace(token, ""))
                    .as(other)
                    .doesNotContain("KT02", "70"); // a token may hold "70" by chance
        }
    }

    @Test
    void refusesToCommitAPreviewWhoseFiguresChangedSince() {
        String csv = "indicator,area,period,kind,value,unit,note\nKT02,105,2024,ESTIMATE,70,,\n";
        String token = ok(api.upload(UPLOAD, "a.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .get("token")
                .asString();
        ok(api.put(
                "/api/v1/figures",
                "[{\"indicator\":\"KT02\",\"area\":\"105\",\"period\":\"2024\",\"kind\":\"ESTIMATE\",\"value\":65}]"));
        String fingerprint = fingerprint();
        Api.Reply stale = api.post("/api/v1/exchange/uploads/" + token + "/commit", "");
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.body().get("detail").asString())
                .isEqualTo(
                        "Dòng 2, cột \"value\": số liệu ước thực hiện của \"Thu nhập bình quân đầu người\" đã đổi thành 65 sau khi xem trước (lúc xem trước: 62); hãy tải tệp lên lại để xem thay đổi mới");
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void aCsvFileRoundTrips() {
        String csv = "\uFEFFindicator,area,period,kind,value,unit,note\r\n"
                + "KT02,105,2024,ESTIMATE,\"63,5\",triệu đồng/người/năm,Ghi chú của phòng Tài chính\r\n"
                + "NS03,105,2024,FINAL,18.250,,\r\n"
                + "NS02,105,2024,ESTIMATE,100.300,,\r\n";
        JsonNode preview = ok(api.upload(UPLOAD, "so-lieu.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.get("changes")).hasSize(2);
        assertThat(preview.get("unchanged").asInt()).isEqualTo(1);
        assertThat(change(preview, "KT02", "ESTIMATE").get("place").asString()).isEqualTo("Dòng 2, cột \"value\"");
        ok(api.post("/api/v1/exchange/uploads/" + preview.get("token").asString() + "/commit", ""));
        JsonNode evaluations =
                api.get("/api/v1/evaluations?area=105&period=2024").body();
        assertThat(evaluation(evaluations, "KT02").get("value").decimalValue()).isEqualByComparingTo("63.5");
        assertThat(evaluation(evaluations, "NS03").get("value").decimalValue()).isEqualByComparingTo("18250");
        assertThat(db.sql(
                                "select source from figure f join area a on a.id = f.area_id where a.code = '105' and f.period = '2024' and f.indicator_code = 'KT02' and f.kind = 'ESTIMATE'")
                        .query(String.class)
                        .single())
                .isEqualTo("Ghi chú của phòng Tài chính");
    }

    @Test
    void refusesAFileThatIsNotAZip() {
        refused(
                api.upload(UPLOAD, "so-lieu.xlsx", "STT,Mã chỉ tiêu\n1,KT02".getBytes(StandardCharsets.UTF_8)),
                "Tệp không phải là tệp Excel .xlsx hợp lệ");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(packed)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        assertThat(packed.size()).as("200 MB of zeros pack small").isLessThan(1024 * 1024);
        long start = System.nanoTime();
        refused(api.upload(UPLOAD, "bom.xlsx", packed.toByteArray()), "zip bomb");
        assertThat((System.nanoTime() - start) / 1_000_000)
                .as("refused before inflating it all")
                .isLessThan(5_000);
    }

    @Test
    void refusesTheTemplateOfAnotherAreaAndPeriodNamingBoth() throws IOException {
        XSSFWorkbook book = template("03408", "2025");
        row(book.getSheet("Số liệu"), "DT01").getCell(FINAL).setCellValue(107);
        String detail = refused(
                api.upload(UPLOAD, "tan-phong.xlsx", bytes(book)),
                "Tệp là mẫu của phường Tân Phong (mã 03408), kỳ năm 2025");
        assertThat(detail).contains("không phải của thành phố Lai Châu (mã 105), kỳ năm 2024");
    }

    @Test
    void refusesTextInANumberCellNamingSheetRowAndColumn() throws IOException {
        XSSFWorkbook book = template("105", "2024");
        Row income = row(book.getSheet("Số liệu"), "KT02");
        income.getCell(ESTIMATE).setCellValue("12,5abc");
        row(book.getSheet("Số liệu"), "NS03").getCell(FINAL).setCellValue(1); // a good change is not stored either
        refused(
                api.upload(UPLOAD, "a.xlsx", bytes(book)),
                "Trang \"Số liệu\", dòng %d, cột \"Ước thực hiện\": \"12,5abc\" không phải là số (ví dụ: 1.595,3)"
                        .formatted(income.getRowNum() + 1));
    }

    @Test
    void refusesAFormula() throws IOException {
        XSSFWorkbook book = template("105", "2024");
        Row income = row(book.getSheet("Số liệu"), "KT02");
        income.getCell(FINAL).setCellFormula("E%d*1.1".formatted(income.getRowNum() + 1));
        refused(
                api.upload(UPLOAD, "a.xlsx", bytes(book)),
                "Trang \"Số liệu\", dòng %d, cột \"Thực hiện\": ô chứa công thức; hãy dán giá trị"
                        .formatted(income.getRowNum() + 1));
    }

    @Test
    void refusesAllProblemsAtOnceUpToAHundred() throws IOException {
        XSSFWorkbook book = template("105", "2024");
        XSSFSheet sheet = book.getSheet("Số liệu");
        for (int r = 6; r <= sheet.getLastRowNum(); r++) {
            sheet.getRow(r).getCell(ESTIMATE).setCellValue("x" + r);
            sheet.getRow(r).getCell(FINAL).setCellValue(-1);
        }
        Api.Reply reply = api.upload(UPLOAD, "a.xlsx", bytes(book));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").size()).isEqualTo(UploadPreview.MAX_PROBLEMS);
    }

    @Test
    void ignoresAHiddenSheetWithAWarningNamingIt() throws IOException {
        XSSFWorkbook book = template("105", "2024");
        book.unLockStructure();
        Sheet draft = book.createSheet("Nháp");
        draft.createRow(0).createCell(0).setCellValue("KT02");
        draft.getRow(0).createCell(1).setCellValue(999);
        book.setSheetVisibility(book.getSheetIndex(draft), SheetVisibility.HIDDEN);
        row(book.getSheet("Số liệu"), "KT02").getCell(ESTIMATE).setCellValue(63);
        String fingerprint = fingerprint();
        JsonNode preview = ok(api.upload(UPLOAD, "a.xlsx", bytes(book)));
        assertThat(texts(preview.get("warnings")))
                .anyMatch(w -> w.startsWith("Trang ẩn \"Nháp\" có dữ liệu nhưng không được đọc"));
        assertThat(preview.get("changes")).hasSize(1);
        assertThat(change(preview, "KT02", "ESTIMATE").get("newValue").decimalValue())
                .isEqualByComparingTo("63");
        assertThat(fingerprint()).as("a preview stores nothing").isEqualTo(fingerprint);
    }

    @Test
    void refusesASheetOfAHundredThousandRowsNamingTheBadRowWithinSeconds() throws IOException {
        XSSFWorkbook book = template("105", "2024");
        int last;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook big = new SXSSFWorkbook(book, 1000)) {
            Sheet sheet = big.getSheet("Số liệu");
            int first = book.getSheet("Số liệu").getLastRowNum() + 1;
            for (int i = 0; i < 100_000; i++) {
                Row row = sheet.createRow(first + i);
                row.createCell(0).setCellValue(first + i - 5);
                row.createCell(1).setCellValue("KT02");
                row.createCell(7).setCellValue("dòng thêm, không có số");
            }
            last = first + 100_000;
            sheet.createRow(last).createCell(1).setCellValue("NS03");
            sheet.getRow(last).createCell(FINAL).setCellValue("1.2.3");
            big.write(out);
        }
        long start = System.nanoTime();
        String detail = refused(
                api.upload(UPLOAD, "lon.xlsx", out.toByteArray()),
                "Trang \"Số liệu\", dòng %d, cột \"Thực hiện\": \"1.2.3\" không rõ nghĩa".formatted(last + 1));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("100.000 dòng (%d KB): kiểm tra trong %d ms%n", out.size() / 1024, millis);
        assertThat(millis).isLessThan(30_000);
        assertThat(detail).isNotBlank();
    }

    @Test
    void refusesACsvFileThatIsNotUtf8() {
        String csv =
                "indicator,area,period,kind,value,unit,note\nKT02,105,2024,ESTIMATE,63,,Phòng Tài chính - Kế hoạch\n"
                        + "NS03,105,2024,FINAL,5,,Ghi chú: số liệu ước tính\n";
        refused(
                api.upload(UPLOAD, "so-lieu.csv", csv.getBytes(Charset.forName("windows-1258"))),
                "Tệp CSV không phải mã UTF-8: dòng 2 có byte 0x");
    }

    @Test
    void refusesCsvLinesNamingLineAndColumn() {
        String csv = "indicator,area,period,kind,value,unit,note\n"
                + "KT02,105,2024,ESTIMATE,\"12,5abc\",,\n"
                + "KT02,105,2025,ESTIMATE,1,,\n"
                + "XX99,105,2024,ESTIMATE,1,,\n"
                + "GD02,105,2024,FINAL,30,,\n"
                + "GD03,105,2024,FINAL,20,,\n";
        Api.Reply reply = api.upload(UPLOAD, "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(texts(reply.body().get("errors"), "message"))
                .containsExactly(
                        "Dòng 2, cột \"value\": \"12,5abc\" không phải là số (ví dụ: 1.595,3)",
                        "Dòng 3, cột \"period\": kỳ \"2025\" khác kỳ đã chọn \"2024\"",
                        "Dòng 4, cột \"indicator\": Không có chỉ tiêu mã \"XX99\" trong danh mục",
                        "Dòng 5, cột \"value\": tử số \"Số trường đạt chuẩn quốc gia\" (30) lớn hơn mẫu số \"Tổng số trường học (mầm non đến THCS)\" (20) của tỷ lệ \"Tỷ lệ trường đạt chuẩn quốc gia\"; tử số phải nhỏ hơn hoặc bằng mẫu số");
    }

    @Test
    void warnsOfAJumpAgainstLastYearAndOfTargetsWithoutFigures() {
        String csv = "indicator,area,period,kind,value,unit,note\nKT03,105,2024,ESTIMATE,7.000,,\n";
        JsonNode preview = ok(api.upload("/api/v1/exchange/uploads", "a.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(texts(preview.get("warnings")))
                .anyMatch(w -> w.startsWith("Dòng 2, cột \"value\"")
                        && w.contains("là 7.000, tăng 68,9% so với cùng kỳ 2023 (4.143,5), vượt ngưỡng 50%"));
        String tanPhong = "indicator,area,period,kind,value,unit,note\nDT01,03408,2025,FINAL,107,,\n";
        JsonNode partial =
                ok(api.upload("/api/v1/exchange/uploads", "b.csv", tanPhong.getBytes(StandardCharsets.UTF_8)));
        assertThat(texts(partial.get("warnings")))
                .anyMatch(w -> w.startsWith("phường Tân Phong, kỳ năm 2025: chỉ tiêu")
                        && w.endsWith("có kế hoạch nhưng chưa có số liệu ước thực hiện hoặc thực hiện"));
    }

    // --- helpers

    private XSSFWorkbook template(String area, String period) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(
                api.bytes("/api/v1/exchange/template?area=%s&period=%s".formatted(area, period))));
    }

    private static Row row(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && code.equals(row.getCell(1).toString())) {
                return row;
            }
        }
        throw new AssertionError(code + " not in the template");
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body();
    }

    /** Asserts a 400 whose detail contains the text, and that no figure was stored; returns the detail. */
    private String refused(Api.Reply reply, String text) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().get("detail").asString()).contains(text);
        assertThat(FigureSnapshot.take(db)).as("nothing stored").isEqualTo(before);
        return reply.body().get("detail").asString();
    }

    private String fingerprint() {
        return FigureSnapshot.take(db).toString();
    }

    private static JsonNode change(JsonNode preview, String indicator, String kind) {
        return StreamSupport.stream(preview.get("changes").spliterator(), false)
                .filter(c -> c.get("indicator").asString().equals(indicator)
                        && c.get("kind").asString().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " " + kind + " not in " + preview));
    }

    private static JsonNode evaluation(JsonNode evaluations, String indicator) {
        return StreamSupport.stream(evaluations.spliterator(), false)
                .filter(e -> e.get("indicator").asString().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " not evaluated"));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(field).asString())
                .toList();
    }

    /** Every stored figure, to prove nothing was stored and to put back what a test changed. */
    record FigureSnapshot(Map<String, BigDecimal> values, Map<String, String> sources) {

        static FigureSnapshot take(JdbcClient db) {
            Map<String, BigDecimal> values = new TreeMap<>();
            Map<String, String> sources = new TreeMap<>();
            db.sql("select area_id, period, indicator_code, kind, value, source from figure")
                    .query(rs -> {
                        String key =
                                rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4);
                        values.put(key, rs.getBigDecimal(5).stripTrailingZeros());
                        sources.put(key, rs.getString(6));
                    });
            return new FigureSnapshot(values, sources);
        }

        /** Puts the figures back by SQL, behind the doors, and says so: cached evaluations must be worked out again. */
        void restore(JdbcClient db, ApplicationEventPublisher events) {
            events.publishEvent(new FiguresChanged(0));
            FigureSnapshot now = take(db);
            now.values.forEach((key, value) -> {
                String[] k = key.split("\\|");
                if (!values.containsKey(key)) {
                    db.sql("delete from figure where area_id = ? and period = ? and indicator_code = ? and kind = ?")
                            .params(Long.parseLong(k[0]), k[1], k[2], k[3])
                            .update();
                } else if (value.compareTo(values.get(key)) != 0
                        || !Objects.equals(sources.get(key), now.sources.get(key))) {
                    db.sql(
                                    "update figure set value = ?, source = ? where area_id = ? and period = ? and indicator_code = ? and kind = ?")
                            .params(values.get(key), sources.get(key), Long.parseLong(k[0]), k[1], k[2], k[3])
                            .update();
                }
            });
        }
    }
}
