package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Accounts;
import vn.ktxh.audit.AuditLog;
import vn.ktxh.document.ReportFormat;
import vn.ktxh.document.Reports;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.exchange.Exchanges;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Period;
import vn.ktxh.task.Tasks;

/**
 * A door reached from a thread where nobody acts — not signed in, not marked as the system's own work — refuses with
 * "Cần đăng nhập" instead of letting everything through; the same call marked as the system's work is answered.
 */
@IntegrationTest
class NobodyActingTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Reports reports;

    @Autowired
    AuditLog audit;

    @Autowired
    Tasks tasks;

    @Autowired
    Exchanges exchanges;

    @Test
    void everyDoorRefusesAThreadWhereNobodyActsAndAnswersTheSystem() throws Exception {
        Map<String, Supplier<Object>> doors = new LinkedHashMap<>();
        doors.put("evaluation", () -> evaluations.evaluate("105", Period.parse("2024")));
        doors.put("report", () -> reports.render("105", Period.parse("2024"), ReportFormat.XLSX));
        doors.put("audit", () -> audit.of("105", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        doors.put("tasks", () -> tasks.list(new Tasks.Filter("03388", null, null, null), LocalDate.of(2026, 11, 23)));
        doors.put("template", () -> exchanges.template("03408", "2025"));
        var unmarked = Executors.newSingleThreadExecutor(); // a new thread carries no security context
        try {
            for (var door : doors.entrySet()) {
                Throwable refused = outcome(unmarked, door.getValue());
                assertThat(refused)
                        .as(door.getKey())
                        .isInstanceOf(AccessRefused.class)
                        .hasMessage("Cần đăng nhập");
                assertThat(outcome(unmarked, () -> accounts.asSystem(door.getValue())))
                        .as(door.getKey() + " as the system")
                        .isNull();
            }
        } finally {
            unmarked.shutdown();
        }
    }

    private static Throwable outcome(ExecutorService thread, Supplier<Object> call) throws InterruptedException {
        try {
            CompletableFuture.supplyAsync(call, thread).get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
