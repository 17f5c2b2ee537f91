package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.exchange.Exchanges;
import vn.ktxh.extraction.Extractions;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.NewPlan;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;
import vn.ktxh.task.Agencies;
import vn.ktxh.task.NewProgress;
import vn.ktxh.task.NewTask;
import vn.ktxh.task.Tasks;

/**
 * Every route of the application (each API call and each page, reads and writes), read from its own route list, asked
 * by one account of each role for units at every standing to the account's unit (its own, one below, one it was formed
 * from, its parent, a sibling, another province), and by nobody. The answers must be those of the tables below: allowed
 * is anything but 401 and 403 (a refusal of the input or of the state is fine: the rights were passed), denied is 403.
 * A route without a row fails the test: a new route needs its access rule written here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** What a route asks of the account. */
    enum Rule {
        /** Nothing: open to everyone, signed in or not. */
        PUBLIC,
        /** Only to be signed in: catalogues, the unit list, one's own password, notifications and tasks. */
        SIGNED_IN,
        /** To read the unit's data. */
        READ,
        /** To enter the unit's figures (an education indicator: the department's sector). */
        ENTER,
        /** To enter the unit's disbursement of public investment capital (a department only of that sector: none of the demo's). */
        ENTER_INVESTMENT,
        /** To submit the unit's report or write its text and particulars. */
        SUBMIT,
        /** To approve, return or reopen the unit's report. */
        APPROVE,
        /** To set or adjust targets the level above assigned to the unit. */
        ASSIGN,
        /** To assign targets to the units right below the unit (the grid of a plan's targets for its communes). */
        ASSIGN_BELOW,
        /** To organise the unit's agencies. */
        COORDINATE,
        /** To assign the unit's tasks and extend their deadlines. */
        MANAGE_TASKS,
        /** To report the progress of a task. */
        REPORT_TASK,
        /** To decide what the catalogue's indicators are reported in. */
        CATALOGUE,
        /** To administer accounts and the whole system. */
        ADMIN,
        /** To be the account that made the upload. */
        OWNER
    }

    /**
     * Who may, by rule and role: the standings of the unit a request names to the account's own unit that are allowed
     * ({@code own}, {@code below}, {@code formed}: a unit the account's units were formed from; {@code any}: every unit;
     * {@code -}: none), or a personal tie ({@code lead}: a member of the task's lead agency; {@code own-synthesis}: the own
     * unit, for a member of its synthesis agency; {@code owner}: who made the upload).
     */
    private static final String RIGHTS = """
            rule         | ADMINISTRATOR | SYNTHESIS_OFFICER | COMMUNE_OFFICER   | DEPARTMENT_OFFICER | LEADER           | AGENCY_OFFICER
            PUBLIC       | any           | any               | any               | any                | any              | any
            SIGNED_IN    | any           | any               | any               | any                | any              | any
            READ         | any           | own below formed  | own below formed  | own below formed   | own below formed | own below formed
            ENTER        | any           | own below         | own below         | own below          | -                | -
            SUBMIT       | any           | own below         | own below         | -                  | -                | -
            ENTER_INVESTMENT | any       | own below         | own below         | -                  | -                | -
            APPROVE      | any           | below             | -                 | -                  | -                | -
            ASSIGN       | any           | below             | -                 | -                  | -                | -
            ASSIGN_BELOW | any           | own below         | -                 | -                  | -                | -
            COORDINATE   | any           | own below         | -                 | -                  | -                | -
            MANAGE_TASKS | any           | own below         | own-synthesis     | -                  | -                | -
            REPORT_TASK  | lead          | lead              | lead              | lead               | lead             | lead
            CATALOGUE    | any           | any               | -                 | -                  | -                | -
            ADMIN        | any           | -                 | -                 | -                  | -                | -
            OWNER        | owner         | owner             | owner             | owner              | owner            | owner
            """;

    /** How each unit a request names stands to the unit of each account (facts of the demo map; codes with the year asked). */
    private static final String STANDINGS = """
            place       | VN    | 12        | 105       | 03408     | 03388
            VN 2029     | own   | parent    | parent    | parent    | parent
            12 2029     | below | own       | parent    | parent    | parent
            20 2029     | below | sibling   | elsewhere | elsewhere | elsewhere
            05986 2029  | below | elsewhere | elsewhere | elsewhere | elsewhere
            03408 2029  | below | below     | successor | own       | sibling
            03388 2029  | below | below     | successor | sibling   | own
            105 2023    | below | below     | own       | parent    | parent
            03387 2023  | below | below     | below     | formed    | sibling
            106 2023    | below | below     | sibling   | parent    | elsewhere
            """;

    /** One account of each role and level: its role and unit (checked against the accounts themselves). */
    private static final Map<String, String[]> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("quantri", new String[] {"ADMINISTRATOR", null});
        ACCOUNTS.put("tonghop.quocgia", new String[] {"SYNTHESIS_OFFICER", "VN"});
        ACCOUNTS.put("tonghop.laichau", new String[] {"SYNTHESIS_OFFICER", "12"});
        ACCOUNTS.put("lanhdao.laichau", new String[] {"LEADER", "12"});
        ACCOUNTS.put("so.giaoduc", new String[] {"DEPARTMENT_OFFICER", "12"});
        ACCOUNTS.put("thanhpho.laichau", new String[] {"SYNTHESIS_OFFICER", "105"});
        ACCOUNTS.put("phuong.tanphong", new String[] {"COMMUNE_OFFICER", "03408"});
        ACCOUNTS.put("phuong.doanket", new String[] {"COMMUNE_OFFICER", "03388"});
        ACCOUNTS.put("vanhoa.doanket", new String[] {"AGENCY_OFFICER", "03388"});
    }

    /** Members of the synthesis agency of a unit (they assign its tasks) and of the lead agency of its test task. */
    private static final Map<String, Set<String>> SYNTHESIS_MEMBERS = Map.of("03388", Set.of("phuong.doanket"));

    private static final Map<String, Set<String>> LEAD_MEMBERS = Map.of("03388", Set.of("vanhoa.doanket"));
    private static final String UPLOADER = "quantri";
    private static final String STREAMED = "thu-quyen-truy-cap";
    private static final String INDICATOR =
            "GD06"; // giáo dục: the department's own sector, at every level but the nation

    /** A unit as a request names it, with its year and a month no other test writes, and what the test made there. */
    static final class Place {
        final String code;
        final String year;
        final String month;
        long plan;
        Long task;
        Long agency;
        Long progress;
        Long attachment;
        String reading;
        int proposal;

        Place(String code, String year) {
            this.code = code;
            this.year = year;
            this.month = year + "-M07";
        }

        String name() {
            return code + " " + year;
        }
    }

    /** A route: its rule, and the request it sends for a place. */
    record Route(Rule rule, Function<Place, Call> call) {}

    /** One request, sent by an account's client; its answer. */
    interface Call extends Function<Api, Answer> {}

    record Answer(int status, String type, String location, String body) {}

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    Plans plans;

    @Autowired
    Tasks tasks;

    @Autowired
    Agencies agencies;

    @Autowired
    Extractions extractions;

    @Autowired
    Exchanges exchanges;

    @Autowired
    Accounts accounts;

    private final List<Place> places = new ArrayList<>();
    private final Map<String, Map<String, String>> standings = new LinkedHashMap<>();
    private final Map<Rule, Map<String, Set<String>>> rights = new LinkedHashMap<>();
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private String token;

    @BeforeAll
    void prepare() {
        readTables();
        for (Place place : places) {
            Period year = Period.parse(place.year);
            place.plan = plans.create(
                            Actor.system(),
                            new NewPlan(
                                    place.code,
                                    year,
                                    "Kế hoạch thử quyền truy cập",
                                    new Decision("1/QĐ-THU", year.firstDay(), "cấp trên (thử quyền)"),
                                    DecidedBy.LEVEL_ABOVE,
                                    false))
                    .id();
            if (place.year.equals("2029")) {
                withTask(place);
            }
            var reading = extractions.upload(
                    Actor.system(),
                    "thu-quyen.txt",
                    "Tỷ lệ học sinh mẫu giáo đến trường đạt 98%.".getBytes(StandardCharsets.UTF_8),
                    place.code,
                    place.year,
                    UPLOADER);
            place.reading = reading.id().toString();
            place.proposal = reading.proposals().isEmpty()
                    ? 1
                    : reading.proposals().get(0).number();
        }
        String csv =
                "indicator,area,period,kind,value,unit,note\n%s,03388,2029-M08,ESTIMATE,50,,\n".formatted(INDICATOR);
        token = exchanges
                .upload(
                        Actor.system(),
                        "thu-quyen.csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        "03388",
                        "2029-M08",
                        UPLOADER)
                .token();
        // an import through the streaming door, refused (its line names no indicator), whose progress only its maker
        // reads
        Api.Reply streamed = new Api(port)
                .post(
                        "/api/v1/figures/stream",
                        "application/x-ndjson",
                        "{\"area\":\"03388\"}\n",
                        "X-Import-Id",
                        STREAMED);
        assertThat(streamed.status()).as(streamed.text()).isEqualTo(400);
        routes();
    }

    /** A task of the place led by an agency of its own (at Đoàn Kết the demo agency vanhoa.doanket works for), with a progress report and a file. */
    private void withTask(Place place) {
        String lead = place.code.equals("03388") ? "Phòng Văn hóa - Xã hội" : "Cơ quan thử quyền";
        if (!place.code.equals("03388")) {
            agencies.create(Actor.system(), place.code, lead, false, null, false);
        }
        place.agency = agencies.ofArea(Actor.system(), place.code).stream()
                .filter(a -> a.name().equals(lead))
                .findFirst()
                .orElseThrow()
                .id();
        place.task = tasks.create(
                        Actor.system(),
                        new NewTask(
                                place.code,
                                place.plan,
                                null,
                                null,
                                "Nhiệm vụ thử quyền truy cập",
                                null,
                                null,
                                null,
                                null,
                                lead,
                                List.of(),
                                "01/01/2029",
                                "31/12/2029",
                                List.of(),
                                null,
                                null),
                        LocalDate.of(2029, 1, 2))
                .task()
                .id();
        place.progress = tasks.report(
                        Actor.system(),
                        place.task,
                        new NewProgress("2029-M03", 10, "Đã triển khai", null, null),
                        LocalDate.of(2029, 3, 15))
                .id();
        place.attachment = tasks.attach(
                        Actor.system(),
                        place.task,
                        place.progress,
                        "thu.txt",
                        "text/plain",
                        "thử".getBytes(StandardCharsets.UTF_8))
                .id();
    }

    @Test
    void everyRouteAnswersEachRoleAsTheTablesSay() throws Exception {
        Set<String> listed = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            for (String pattern : info.getPatternValues()) {
                (methods.isEmpty() ? Set.of("*") : methods).forEach(m -> listed.add(m + " " + pattern));
            }
        }
        assertThat(listed)
                .as("new route without an access rule: add its row to routes()")
                .isSubsetOf(routes.keySet());
        assertThat(routes.keySet()).as("rows of routes that are gone").isSubsetOf(listed);

        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            runs.add(pool.submit(() -> asNobody(mismatches, sent)));
            for (String user : ACCOUNTS.keySet()) {
                runs.add(pool.submit(() -> asAccount(user, mismatches, sent)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mismatches)
                .as("%d requests, %d answers not as the tables say", sent.get(), mismatches.size())
                .isEmpty();
    }

    /**
     * Every id of a request must belong with the others. Asked by the administrator, whom no right stops (a task's
     * report by its lead agency), so that only that check can refuse: a task of Đoàn Kết with a report or a file of a Lạng Sơn task, a plan of Đoàn Kết with a
     * target of a Lạng Sơn ward.
     */
    @Test
    void theIdsOfARequestBelongTogether() {
        Api admin = new Api(port);
        Place own = place("03388");
        Place other = place("05986");
        assertThat(admin.get("/api/v1/tasks/%d/attachments/%d".formatted(own.task, other.attachment))
                        .status())
                .as("another task's file through this task")
                .isIn(400, 404);
        Api lead = admin.as(LEAD_MEMBERS.get("03388").iterator().next()); // reports on the task: only its lead agency
        assertThat(lead.upload(
                                "/api/v1/tasks/%d/progress/%d/attachments".formatted(own.task, other.progress),
                                "a.txt",
                                new byte[] {'a'})
                        .status())
                .as("a file onto another task's report")
                .isIn(400, 404);
        assertThat(admin.post("/api/v1/plans/%d/targets".formatted(own.plan), """
                {"indicator":"%s","area":"%s","period":"2029","form":"VALUE","value":90}""".formatted(INDICATOR, other.code))
                        .status())
                .as("a Lạng Sơn ward's target into Đoàn Kết's plan")
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/plans/%d/targets/history?indicator=%s&area=%s&period=2029"
                                .formatted(own.plan, INDICATOR, other.code))
                        .status())
                .as("a Lạng Sơn ward's targets read through Đoàn Kết's plan")
                .isIn(400, 404);
    }

    private Place place(String code) {
        return places.stream()
                .filter(p -> p.code.equals(code) && p.year.equals("2029"))
                .findFirst()
                .orElseThrow();
    }

    private void asAccount(String user, ConcurrentLinkedQueue<String> mismatches, AtomicInteger sent) {
        Api api = Api.signedInPage(port, user);
        String role = ACCOUNTS.get(user)[0];
        String unit = ACCOUNTS.get(user)[1];
        Place home = places.stream()
                .filter(p -> p.code.equals(unit == null ? "03388" : unit))
                .findFirst()
                .orElseThrow();
        routes.forEach((key, route) -> {
            for (Place place : placesOf(route, home)) {
                Call call = route.call().apply(place);
                if (call == null) {
                    continue;
                }
                boolean allowed = allowed(route.rule(), user, role, unit, place);
                Answer answer = call.apply(api);
                sent.incrementAndGet();
                boolean refused = answer.status() == 403;
                // asked directly, Spring's error route has no error to describe and answers 500 ("status":999)
                boolean fault = answer.status() >= 500 && !key.equals("* /error");
                boolean answeredAsAllowed = answer.status() != 401 && !refused && !fault;
                if (allowed ? !answeredAsAllowed : !refused) {
                    mismatches.add("%s as %s for %s: %s, expected %s — %s"
                            .formatted(
                                    key,
                                    user,
                                    place.name(),
                                    answer.status(),
                                    allowed ? "allowed" : "403",
                                    snippet(answer.body())));
                } else if (refused && key.contains(" /api/") && !answer.type().startsWith("application/problem+json")) {
                    mismatches.add("%s as %s for %s: 403 as %s, not problem+json"
                            .formatted(key, user, place.name(), answer.type()));
                }
            }
        });
    }

    /** Nobody signed in: the API answers 401, a page sends to the sign-in form, except what is open to all. */
    private void asNobody(ConcurrentLinkedQueue<String> mismatches, AtomicInteger sent) {
        HttpResponse<String> form = new Api(port, null, null).text("/dang-nhap");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        Api nobody = new Api(port, null, null, cookie, csrf.group(1));
        Place place =
                places.stream().filter(p -> p.code.equals("03388")).findFirst().orElseThrow();
        routes.forEach((key, route) -> {
            Answer answer = route.call().apply(place).apply(nobody);
            sent.incrementAndGet();
            boolean toSignIn = key.contains(" /api/")
                    ? answer.status() == 401
                    : answer.status() == 302 && answer.location().contains("/dang-nhap");
            if (route.rule() == Rule.PUBLIC ? toSignIn : !toSignIn) {
                mismatches.add("%s without signing in: %s %s".formatted(key, answer.status(), snippet(answer.body())));
            }
        });
    }

    /** The places a route is asked for: a route of a unit's data, every place; any other route, the account's own. */
    private List<Place> placesOf(Route route, Place home) {
        return switch (route.rule()) {
            case PUBLIC, SIGNED_IN, CATALOGUE, ADMIN, OWNER -> List.of(home);
            default -> places;
        };
    }

    private boolean allowed(Rule rule, String user, String role, String unit, Place place) {
        Set<String> words = rights.get(rule).get(role);
        String standing = unit == null ? "any" : standings.get(place.name()).get(unit);
        return words.contains("any")
                || words.contains(standing)
                || words.contains("lead")
                        && LEAD_MEMBERS.getOrDefault(place.code, Set.of()).contains(user)
                || words.contains("own-synthesis")
                        && standing.equals("own")
                        && SYNTHESIS_MEMBERS.getOrDefault(place.code, Set.of()).contains(user)
                || words.contains("owner") && user.equals(UPLOADER);
    }

    private void readTables() {
        List<String[]> rightRows = rows(RIGHTS);
        String[] roles = rightRows.get(0);
        for (String[] row : rightRows.subList(1, rightRows.size())) {
            Map<String, Set<String>> byRole = new LinkedHashMap<>();
            for (int i = 1; i < row.length; i++) {
                byRole.put(roles[i], Set.of(row[i].split("\\s+")));
            }
            rights.put(Rule.valueOf(row[0]), byRole);
        }
        assertThat(rights.keySet()).as("a row of RIGHTS for every rule").containsExactlyInAnyOrder(Rule.values());
        List<String[]> standingRows = rows(STANDINGS);
        String[] units = standingRows.get(0);
        for (String[] row : standingRows.subList(1, standingRows.size())) {
            String[] place = row[0].split(" ");
            places.add(new Place(place[0], place[1]));
            Map<String, String> byUnit = new LinkedHashMap<>();
            for (int i = 1; i < row.length; i++) {
                byUnit.put(units[i], row[i]);
            }
            standings.put(row[0], byUnit);
        }
        ACCOUNTS.forEach((user, roleAndUnit) -> {
            var account = accounts.find(user).orElseThrow();
            assertThat(account.role().name()).as(user).isEqualTo(roleAndUnit[0]);
            assertThat(account.areaId() == null).as(user + " bound to no unit").isEqualTo(roleAndUnit[1] == null);
        });
    }

    private static List<String[]> rows(String table) {
        return table.lines()
                .filter(l -> !l.isBlank())
                .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new))
                .toList();
    }

    /**
     * The one row per route: its rule and the request that fills its path and parameters for a place. Writes are sent so
     * that, once the rights are passed, they change nothing another test reads (a month of 2029 or 2023, an invalid body).
     */
    private void routes() {
        // figures, evaluations, roll-ups
        route("GET /api/v1/evaluations", Rule.READ, p -> get("/api/v1/evaluations?area=%s&period=%s", p.code, p.year));
        route(
                "GET /api/v1/rollups",
                Rule.READ,
                p -> get("/api/v1/rollups?area=%s&period=%s&indicator=%s", p.code, p.year, INDICATOR));
        route("GET /api/v1/admin/rollup-check", Rule.ADMIN, p -> get("/api/v1/admin/rollup-check"));
        route("PUT /api/v1/figures", Rule.ENTER, p -> json("PUT", "/api/v1/figures", figure(p)));
        route("POST /api/v1/figures/stream", Rule.ENTER, p -> api -> {
            String line = figure(p).substring(1, figure(p).length() - 1);
            Api.Reply reply = api.post("/api/v1/figures/stream", "application/x-ndjson", line);
            return new Answer(reply.status(), reply.contentType(), "", reply.text());
        });
        route("GET /api/v1/figures/stream/{id}", Rule.OWNER, p -> get("/api/v1/figures/stream/" + STREAMED));
        route(
                "GET /api/v1/figures/history",
                Rule.READ,
                p -> get("/api/v1/figures/history?area=%s&period=%s&indicator=%s", p.code, p.month, INDICATOR));
        route("GET /danh-gia", Rule.READ, p -> get("/danh-gia?area=%s&period=%s", p.code, p.year));
        route("GET /danh-gia/xlsx", Rule.READ, p -> get("/danh-gia/xlsx?area=%s&period=%s", p.code, p.year));
        route(
                "GET /danh-gia/chi-tiet",
                Rule.READ,
                p -> get("/danh-gia/chi-tiet?area=%s&period=%s&indicator=%s", p.code, p.year, INDICATOR));
        route("GET /", Rule.READ, p -> get("/?area=%s&period=%s", p.code, p.year));
        route("GET /nhap-so-lieu", Rule.READ, p -> get("/nhap-so-lieu?area=%s&period=%s", p.code, p.month));
        route(
                "POST /nhap-so-lieu",
                Rule.ENTER,
                p -> form("/nhap-so-lieu", "area=%s&period=%s&kind=ESTIMATE&v_%s=50", p.code, p.month, INDICATOR));
        route(
                "GET /nhap-so-lieu/kiem-tra",
                Rule.READ,
                p -> get("/nhap-so-lieu/kiem-tra?area=%s&period=%s&kind=ESTIMATE&v_%s=50", p.code, p.month, INDICATOR));
        // the report's cycle and text
        route(
                "GET /api/v1/reports/{area}/{period}/workflow",
                Rule.READ,
                p -> get("/api/v1/reports/%s/%s/workflow", p.code, p.month));
        route(
                "POST /api/v1/reports/{area}/{period}/workflow/{move}",
                Rule.APPROVE,
                p -> json("POST", "/api/v1/reports/%s/%s/workflow/reopen".formatted(p.code, p.month), "{}"));
        route(
                "POST /nhap-so-lieu/trang-thai",
                Rule.APPROVE,
                p -> form("/nhap-so-lieu/trang-thai", "area=%s&period=%s&move=REOPEN", p.code, p.month));
        route(
                "GET /api/v1/completeness",
                Rule.READ,
                p -> get("/api/v1/completeness?area=%s&period=%s", p.code, p.month));
        route("GET /tinh-hinh-bao-cao", Rule.READ, p -> get("/tinh-hinh-bao-cao?area=%s&period=%s", p.code, p.month));
        route(
                "GET /api/v1/reports/{area}/{period}/narrative",
                Rule.READ,
                p -> get("/api/v1/reports/%s/%s/narrative", p.code, p.month));
        route(
                "PUT /api/v1/reports/{area}/{period}/narrative",
                Rule.SUBMIT,
                p -> json(
                        "PUT",
                        "/api/v1/reports/%s/%s/narrative".formatted(p.code, p.month),
                        "{\"particulars\":{\"place\":\"Thử quyền\"},\"sections\":[]}"));
        route(
                "GET /api/v1/reports/{area}/{period}/document",
                Rule.READ,
                p -> get("/api/v1/reports/%s/%s/document", p.code, p.year));
        route("GET /bao-cao", Rule.READ, p -> get("/bao-cao?area=%s&period=%s", p.code, p.year));
        route("GET /bao-cao/xem", Rule.READ, p -> get("/bao-cao/xem?area=%s&period=%s", p.code, p.year));
        route("GET /bao-cao/noi-dung", Rule.READ, p -> get("/bao-cao/noi-dung?area=%s&period=%s", p.code, p.month));
        route(
                "POST /bao-cao/noi-dung",
                Rule.SUBMIT,
                p -> form("/bao-cao/noi-dung", "area=%s&period=%s&place=Th%%E1%%BB%%AD", p.code, p.month));
        route("GET /bao-cao/cai-dat", Rule.READ, p -> get("/bao-cao/cai-dat?area=%s&period=%s", p.code, p.year));
        // the default choice, so that other tests' reports still print one decimal
        route(
                "POST /bao-cao/cai-dat",
                Rule.SUBMIT,
                p -> form("/bao-cao/cai-dat", "area=%s&period=%s&precision=ONE_DECIMAL", p.code, p.year));
        // plans and targets
        route("GET /api/v1/plans", Rule.READ, p -> get("/api/v1/plans?area=%s&period=%s", p.code, p.year));
        route(
                "POST /api/v1/plans/{plan}/targets",
                Rule.ASSIGN,
                p -> json("POST", "/api/v1/plans/%d/targets".formatted(p.plan), """
                {"indicator":"%s","area":"%s","period":"%s","form":"VALUE","value":90,
                 "decision":{"number":"2/QĐ-THU","date":"2029-01-01","issuer":"cấp trên"}}""".formatted(
                                INDICATOR, p.code, before(p))));
        route(
                "PUT /api/v1/plans/{plan}/main-indicators",
                Rule.ASSIGN,
                p -> json(
                        "PUT",
                        "/api/v1/plans/%d/main-indicators".formatted(p.plan),
                        "{\"indicator\":\"%s\",\"main\":false}".formatted(INDICATOR)));
        route(
                "GET /api/v1/plans/{plan}/main-indicators",
                Rule.READ,
                p -> get("/api/v1/plans/%d/main-indicators", p.plan));
        route(
                "GET /api/v1/plans/{plan}/targets/history",
                Rule.READ,
                p -> get(
                        "/api/v1/plans/%d/targets/history?indicator=%s&area=%s&period=%s",
                        p.plan, INDICATOR, p.code, p.year));
        route(
                "GET /api/v1/plans/{plan}/cascade",
                Rule.READ,
                p -> get("/api/v1/plans/%d/cascade?period=%s", p.plan, p.year));
        route("GET /ke-hoach", Rule.READ, p -> get("/ke-hoach?area=%s&period=%s", p.code, p.year));
        route(
                "POST /ke-hoach",
                Rule.ASSIGN,
                p -> form(
                        "/ke-hoach",
                        "area=%s&period=%s&title=&decisionIssuer=c%%E1%%BA%%A5p+tr%%C3%%AAn",
                        p.code,
                        p.year));
        route(
                "POST /ke-hoach/{plan}/chi-tieu",
                Rule.ASSIGN,
                p -> form(
                        "/ke-hoach/%d/chi-tieu".formatted(p.plan),
                        "area=%s&shown=%s&indicator=%s&target-area=%s&period=%s&form=VALUE&value=90&decisionNumber=2",
                        p.code,
                        p.year,
                        INDICATOR,
                        p.code,
                        before(p)));
        route("GET /ke-hoach/{plan}/giao-xa", Rule.READ, p -> get("/ke-hoach/%d/giao-xa?period=%s", p.plan, p.year));
        route(
                "POST /ke-hoach/{plan}/giao-xa/kiem-tra",
                Rule.READ,
                p -> form(
                        "/ke-hoach/%d/giao-xa/kiem-tra".formatted(p.plan),
                        "period=%s&o:%s:03388=50",
                        p.year,
                        INDICATOR));
        route(
                "POST /ke-hoach/{plan}/giao-xa",
                Rule.ASSIGN_BELOW,
                p -> form("/ke-hoach/%d/giao-xa".formatted(p.plan), "period=%s&o:%s:03388=50", p.year, INDICATOR));
        // public investment: the refused amounts pass the rights and store nothing
        route("GET /dau-tu-cong", Rule.READ, p -> get("/dau-tu-cong?area=%s&period=%s", p.code, p.year));
        route(
                "POST /dau-tu-cong/giai-ngan",
                Rule.ENTER_INVESTMENT,
                p -> form(
                        "/dau-tu-cong/giai-ngan",
                        "area=%s&period=%s&source=ODA&asOf=%s-06-30&disbursed=1",
                        p.code,
                        p.year,
                        p.year));
        route(
                "POST /dau-tu-cong/ke-hoach-von",
                Rule.ASSIGN,
                p -> form(
                        "/dau-tu-cong/ke-hoach-von",
                        "area=%s&period=%s&source=ODA&amount=-1&decisionNumber=3",
                        p.code,
                        p.year));
        // the audit log
        route("GET /api/v1/audit", Rule.READ, p -> get("/api/v1/audit?area=%s&from=2029-01-01&to=2029-01-02", p.code));
        route(
                "GET /api/v1/audit/export",
                Rule.READ,
                p -> get("/api/v1/audit/export?area=%s&from=2029-01-01&to=2029-01-02", p.code));
        route("GET /nhat-ky", Rule.READ, p -> get("/nhat-ky?area=%s&from=2029-01-01&to=2029-01-02", p.code));
        route("GET /nhat-ky/xuat", Rule.READ, p -> get("/nhat-ky/xuat?area=%s&from=2029-01-01&to=2029-01-02", p.code));
        // Excel and CSV
        route(
                "GET /api/v1/exchange/template",
                Rule.READ,
                p -> get("/api/v1/exchange/template?area=%s&period=%s", p.code, p.month));
        route("GET /trao-doi/mau", Rule.READ, p -> get("/trao-doi/mau?area=%s&period=%s", p.code, p.month));
        route("GET /trao-doi", Rule.READ, p -> get("/trao-doi?area=%s&period=%s", p.code, p.month));
        route(
                "POST /api/v1/exchange/uploads",
                Rule.ENTER,
                p -> upload("/api/v1/exchange/uploads?area=%s&period=%s".formatted(p.code, p.month), "a.csv", csv(p)));
        route(
                "POST /trao-doi",
                Rule.ENTER,
                p -> upload("/trao-doi?area=%s&period=%s".formatted(p.code, p.month), "a.csv", csv(p)));
        route("GET /api/v1/exchange/uploads/{token}", Rule.OWNER, p -> get("/api/v1/exchange/uploads/%s", token));
        route(
                "POST /api/v1/exchange/uploads/{token}/commit",
                Rule.OWNER,
                p -> json("POST", "/api/v1/exchange/uploads/%s/commit".formatted(token), "{}"));
        route(
                "GET /api/v1/exchange/dhis2/dataValueSets",
                Rule.READ,
                p -> get("/api/v1/exchange/dhis2/dataValueSets?area=%s&period=%s", p.code, p.month));
        route(
                "POST /api/v1/exchange/dhis2/dataValueSets",
                Rule.ENTER,
                p -> json("POST", "/api/v1/exchange/dhis2/dataValueSets?dryRun=true", dataValueSet(p)));
        route("GET /trao-doi/dhis2", Rule.READ, p -> get("/trao-doi/dhis2?area=%s&period=%s", p.code, p.month));
        route(
                "POST /trao-doi/dhis2",
                Rule.ENTER,
                p -> upload("/trao-doi/dhis2", "a.json", dataValueSet(p).getBytes(StandardCharsets.UTF_8)));
        route("GET /trao-doi/dhis2/anh-xa", Rule.SIGNED_IN, p -> get("/trao-doi/dhis2/anh-xa"));
        route(
                "POST /trao-doi/dhis2/anh-xa",
                Rule.ADMIN,
                p -> upload(
                        "/trao-doi/dhis2/anh-xa",
                        "m.csv",
                        "kind,dhis2,code\nCATEGORY_OPTION_COMBO,default,FINAL\n".getBytes(StandardCharsets.UTF_8)));
        route("GET /api/v1/exchange/dhis2/mappings", Rule.SIGNED_IN, p -> get("/api/v1/exchange/dhis2/mappings"));
        route(
                "POST /api/v1/exchange/dhis2/mappings",
                Rule.ADMIN,
                p -> upload(
                        "/api/v1/exchange/dhis2/mappings",
                        "m.csv",
                        "kind,dhis2,code\nCATEGORY_OPTION_COMBO,default,FINAL\n".getBytes(StandardCharsets.UTF_8)));
        route(
                "POST /trao-doi/{token}/ghi",
                Rule.OWNER,
                p -> form("/trao-doi/%s/ghi".formatted(token), "area=03388&period=2029-M08"));
        // reading documents
        route("GET /doc-van-ban", Rule.SIGNED_IN, p -> get("/doc-van-ban"));
        route(
                "POST /doc-van-ban",
                Rule.READ,
                p -> upload(
                        "/doc-van-ban?area=%s&period=%s".formatted(p.code, p.year),
                        "thu.txt",
                        "Tỷ lệ học sinh mẫu giáo đến trường đạt 97%.".getBytes(StandardCharsets.UTF_8)));
        route("GET /doc-van-ban/{id}", Rule.READ, p -> get("/doc-van-ban/%s", p.reading));
        route(
                "POST /doc-van-ban/{id}",
                Rule.ENTER,
                p -> form(
                        "/doc-van-ban/%s".formatted(p.reading),
                        "accept=%d&use_%1$d=ESTIMATE&indicator_%1$d=%s&period_%1$d=%s&value_%1$d=50",
                        p.proposal,
                        INDICATOR,
                        p.month));
        // tasks and agencies
        route("GET /api/v1/tasks", Rule.READ, p -> get("/api/v1/tasks?area=%s", p.code));
        route(
                "POST /api/v1/tasks",
                Rule.MANAGE_TASKS,
                p -> json("POST", "/api/v1/tasks", "{\"areaCode\":\"%s\",\"title\":\"\"}".formatted(p.code)));
        route("GET /api/v1/tasks/overview", Rule.READ, p -> get("/api/v1/tasks/overview?area=%s", p.code));
        route("GET /api/v1/tasks/export", Rule.READ, p -> get("/api/v1/tasks/export?area=%s", p.code));
        route(
                "POST /api/v1/tasks/import",
                Rule.MANAGE_TASKS,
                p -> upload("/api/v1/tasks/import?area=%s".formatted(p.code), "nv.xlsx", emptyTaskSheet()));
        route("GET /api/v1/tasks/due-this-week", Rule.SIGNED_IN, p -> get("/api/v1/tasks/due-this-week"));
        route("GET /api/v1/tasks/reminders", Rule.SIGNED_IN, p -> get("/api/v1/tasks/reminders"));
        route("GET /api/v1/tasks/{id:\\d+}", Rule.READ, p -> task(p, () -> get("/api/v1/tasks/%d", p.task)));
        route(
                "POST /api/v1/tasks/{id:\\d+}/extensions",
                Rule.MANAGE_TASKS,
                p -> task(p, () -> json("POST", "/api/v1/tasks/%d/extensions".formatted(p.task), "{}")));
        route(
                "GET /api/v1/tasks/{id:\\d+}/progress",
                Rule.READ,
                p -> task(p, () -> get("/api/v1/tasks/%d/progress", p.task)));
        route(
                "POST /api/v1/tasks/{id:\\d+}/progress",
                Rule.REPORT_TASK,
                p -> task(p, () -> json("POST", "/api/v1/tasks/%d/progress".formatted(p.task), "{}")));
        route(
                "POST /api/v1/tasks/{id:\\d+}/progress/{progressId:\\d+}/attachments",
                Rule.REPORT_TASK,
                p -> task(
                        p,
                        () -> upload(
                                "/api/v1/tasks/%d/progress/999999999/attachments".formatted(p.task),
                                "a.txt",
                                new byte[] {'a'})));
        route(
                "GET /api/v1/tasks/{id:\\d+}/attachments/{attachmentId:\\d+}",
                Rule.READ,
                p -> task(p, () -> get("/api/v1/tasks/%d/attachments/%d", p.task, p.attachment)));
        route(
                "GET /api/v1/tasks/{id:\\d+}/progress/{period}/document",
                Rule.READ,
                p -> task(p, () -> get("/api/v1/tasks/%d/progress/2029-M03/document", p.task)));
        route("GET /api/v1/agencies", Rule.READ, p -> get("/api/v1/agencies?area=%s", p.code));
        route(
                "POST /api/v1/agencies",
                Rule.COORDINATE,
                p -> json(
                        "POST",
                        "/api/v1/agencies",
                        "{\"area\":\"%s\",\"name\":\"\",\"synthesis\":false}".formatted(p.code)));
        route(
                "GET /api/v1/agencies/{id:\\d+}/members",
                Rule.READ,
                p -> task(p, () -> get("/api/v1/agencies/%d/members", p.agency)));
        route(
                "POST /api/v1/agencies/{id:\\d+}/members",
                Rule.COORDINATE,
                p -> task(
                        p,
                        () -> json(
                                "POST",
                                "/api/v1/agencies/%d/members".formatted(p.agency),
                                "{\"username\":\"khong.co.ai\"}")));
        route("GET /nhiem-vu", Rule.READ, p -> get("/nhiem-vu?area=%s", p.code));
        route("GET /nhiem-vu/co-quan", Rule.READ, p -> get("/nhiem-vu/co-quan?area=%s", p.code));
        route("POST /nhiem-vu", Rule.MANAGE_TASKS, p -> form("/nhiem-vu", "area=%s&title=", p.code));
        route("GET /nhiem-vu/{id:\\d+}", Rule.READ, p -> task(p, () -> get("/nhiem-vu/%d", p.task)));
        route(
                "POST /nhiem-vu/{id:\\d+}/tien-do",
                Rule.REPORT_TASK,
                p -> task(p, () -> form("/nhiem-vu/%d/tien-do".formatted(p.task), "")));
        route(
                "POST /nhiem-vu/{id:\\d+}/gia-han",
                Rule.MANAGE_TASKS,
                p -> task(p, () -> form("/nhiem-vu/%d/gia-han".formatted(p.task), "")));
        // catalogues, the unit list, search, help
        route("GET /api/v1/areas", Rule.SIGNED_IN, p -> get("/api/v1/areas?q=tan+phong"));
        route("GET /api/v1/areas/{code}/lineage", Rule.SIGNED_IN, p -> get("/api/v1/areas/03408/lineage"));
        route("GET /api/v1/indicators", Rule.SIGNED_IN, p -> get("/api/v1/indicators"));
        route(
                "GET /api/v1/indicators/{code}/reporting",
                Rule.SIGNED_IN,
                p -> get("/api/v1/indicators/%s/reporting", INDICATOR));
        route(
                "PUT /api/v1/indicators/{code}/reporting",
                Rule.CATALOGUE,
                p -> json("PUT", "/api/v1/indicators/%s/reporting".formatted(INDICATOR), "[\"KHONG_CO\"]"));
        route("GET /don-vi", Rule.SIGNED_IN, p -> get("/don-vi"));
        route("GET /don-vi/{code}", Rule.SIGNED_IN, p -> get("/don-vi/03408"));
        route("GET /don-vi/chon", Rule.SIGNED_IN, p -> get("/don-vi/chon?q=tan"));
        route("GET /chi-tieu", Rule.SIGNED_IN, p -> get("/chi-tieu"));
        route("GET /chi-tieu/{code}", Rule.SIGNED_IN, p -> get("/chi-tieu/%s", INDICATOR));
        route("GET /tim-kiem", Rule.SIGNED_IN, p -> get("/tim-kiem?q=tan"));
        route("GET /huong-dan", Rule.SIGNED_IN, p -> get("/huong-dan"));
        // accounts, notifications, signing in
        route("GET /tai-khoan", Rule.SIGNED_IN, p -> get("/tai-khoan"));
        route("POST /tai-khoan/mat-khau", Rule.SIGNED_IN, p -> form("/tai-khoan/mat-khau", "current=sai&next=ngan"));
        route("POST /tai-khoan/thu-dien-tu", Rule.SIGNED_IN, p -> form("/tai-khoan/thu-dien-tu", "email=khong-hop-le"));
        route("POST /tai-khoan", Rule.ADMIN, p -> form("/tai-khoan", "username=X&role=LEADER&password=ngan"));
        route(
                "POST /tai-khoan/{username}/dat-lai-mat-khau",
                Rule.ADMIN,
                p -> form("/tai-khoan/khong.co.ai/dat-lai-mat-khau", "password=ngan"));
        route("POST /tai-khoan/{username}/mo-khoa", Rule.ADMIN, p -> form("/tai-khoan/khong.co.ai/mo-khoa", ""));
        // API tokens: one's own (revoking another's is answered as unknown, 404; ApiTokenTest)
        route("GET /api/v1/account/tokens", Rule.SIGNED_IN, p -> get("/api/v1/account/tokens"));
        route(
                "POST /api/v1/account/tokens",
                Rule.SIGNED_IN,
                p -> json("POST", "/api/v1/account/tokens", "{\"purpose\":\"\"}"));
        route(
                "DELETE /api/v1/account/tokens/{id:\\d+}",
                Rule.SIGNED_IN,
                p -> delete("/api/v1/account/tokens/999999999"));
        route("POST /tai-khoan/ma-api", Rule.SIGNED_IN, p -> form("/tai-khoan/ma-api", "purpose="));
        route(
                "POST /tai-khoan/ma-api/{id}/thu-hoi",
                Rule.SIGNED_IN,
                p -> form("/tai-khoan/ma-api/999999999/thu-hoi", ""));
        route("GET /thong-bao", Rule.SIGNED_IN, p -> get("/thong-bao"));
        route("POST /thong-bao/da-doc", Rule.SIGNED_IN, p -> form("/thong-bao/da-doc", ""));
        route("GET /dang-nhap", Rule.PUBLIC, p -> get("/dang-nhap"));
        route("GET /cong-khai", Rule.PUBLIC, p -> get("/cong-khai?area=%s&period=%s", p.code, p.year));
        route("GET /cong-khai/csv", Rule.PUBLIC, p -> get("/cong-khai/csv?area=%s&period=%s", p.code, p.year));
        route(
                "GET /cong-khai/du-lieu.json",
                Rule.PUBLIC,
                p -> get("/cong-khai/du-lieu.json?area=%s&period=%s", p.code, p.year));
        route(
                "GET /cong-khai/du-lieu.csv",
                Rule.PUBLIC,
                p -> get("/cong-khai/du-lieu.csv?area=%s&period=%s", p.code, p.year));
        route("GET /cong-khai/xlsx", Rule.PUBLIC, p -> get("/cong-khai/xlsx?area=%s&period=%s", p.code, p.year));
        route(
                "GET /cong-khai/bao-cao.pdf",
                Rule.PUBLIC,
                p -> get("/cong-khai/bao-cao.pdf?area=%s&period=%s", p.code, p.year));
        route(
                "POST /bao-cao/cong-bo",
                Rule.APPROVE,
                p -> form("/bao-cao/cong-bo", "area=%s&period=%s&publish=true", p.code, p.year));
        route("* /error", Rule.PUBLIC, p -> get("/error"));
        route("GET /v3/api-docs", Rule.PUBLIC, p -> get("/v3/api-docs"));
        // the same description as YAML is not among the open addresses of SecurityConfiguration
        route("GET /v3/api-docs.yaml", Rule.SIGNED_IN, p -> get("/v3/api-docs.yaml"));
    }

    private void route(String key, Rule rule, Function<Place, Call> call) {
        if (routes.put(key, new Route(rule, call)) != null) {
            throw new IllegalStateException("two rows for " + key);
        }
    }

    /** The year before the place's: outside its plan, so that a target passed by the rights is refused for its period. */
    private static String before(Place p) {
        return String.valueOf(Integer.parseInt(p.year) - 1);
    }

    private static String figure(Place p) {
        return "[{\"indicator\":\"%s\",\"area\":\"%s\",\"period\":\"%s\",\"kind\":\"ESTIMATE\",\"value\":50}]"
                .formatted(INDICATOR, p.code, p.month);
    }

    private static byte[] csv(Place p) {
        return "indicator,area,period,kind,value,unit,note\n%s,%s,%s,ESTIMATE,51,,\n"
                .formatted(INDICATOR, p.code, p.month)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One DHIS2 data value of the place's month (202907 for 2029-M07), as a national system would send it. */
    private static String dataValueSet(Place p) {
        return """
                {"dataValues": [{"dataElement": "%s", "period": "%s07", "orgUnit": "%s", "categoryOptionCombo": "ESTIMATE", "value": "51"}]}
                """.formatted(INDICATOR, p.year, p.code);
    }

    /** A task sheet with its header and no task. */
    private static byte[] emptyTaskSheet() {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var header = book.createSheet("Nhiệm vụ").createRow(0);
            String[] columns = {"Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Routes of a task are asked only where the test made one. */
    private static Call task(Place p, Supplier<Call> call) {
        return p.task == null ? null : call.get();
    }

    private static Call get(String path, Object... args) {
        String url = args.length == 0 ? path : path.formatted(args);
        return api -> answer(api.text(url));
    }

    private static Call json(String method, String path, String body) {
        return api -> {
            Api.Reply reply = method.equals("PUT") ? api.put(path, body) : api.post(path, body);
            return new Answer(reply.status(), reply.contentType(), "", reply.text());
        };
    }

    private static Call delete(String path) {
        return api -> {
            Api.Reply reply = api.delete(path);
            return new Answer(reply.status(), reply.contentType(), "", reply.text());
        };
    }

    private static Call form(String path, String body, Object... args) {
        String content = args.length == 0 ? body : body.formatted(args);
        return api -> answer(api.form(path, content));
    }

    private static Call upload(String path, String fileName, byte[] content) {
        return api -> answer(api.uploadForm(path, fileName, content));
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(""),
                response.body());
    }

    private static String snippet(String body) {
        String text = body == null
                ? ""
                : body.replaceAll("(?s)<head>.*?</head>", "")
                        .replaceAll("<[^>]+>", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
        return text.length() > 160 ? text.substring(0, 160) : text;
    }
}
