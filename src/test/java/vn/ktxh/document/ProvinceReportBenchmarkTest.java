package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.area.AreaKind;
import vn.ktxh.area.Areas;
import vn.ktxh.area.NewArea;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.NewPlan;
import vn.ktxh.plan.NewTarget;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.plan.TargetStatement;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;

/**
 * A province of 100 communes and 50 indicators: the whole report (evaluation, roll-up of the communes, the model,
 * the by-commune annex) printed in each format, timed after a warm-up. Goal: under 2 s each, held on the median CPU
 * time of the thread (the machine is shared); wall times are printed. Run alone:
 * {@code ./mvnw -q -B test -Dtest=ProvinceReportBenchmarkTest -Dtest.excludedGroups=none -Dgroups=benchmark}
 */
@Tag("benchmark")
@IntegrationTest
class ProvinceReportBenchmarkTest {

    private static final String PROVINCE = "90000";
    private static final int COMMUNES = 100;
    private static final int INDICATORS = 50;
    private static final Period YEAR = Period.parse("2030");
    private static final int WARM_UP = 2;
    private static final int RUNS = 5;
    private static final Path SAMPLES = Path.of("target/report-samples");

    @Autowired
    Areas areas;

    @Autowired
    Indicators indicators;

    @Autowired
    Plans plans;

    @Autowired
    Figures figures;

    @Autowired
    Reports reports;

    @BeforeEach
    void syntheticProvince() {
        if (areas.find(PROVINCE, LocalDate.of(2030, 1, 1)).isPresent()) {
            return;
        }
        LocalDate from = LocalDate.of(2020, 1, 1);
        areas.record(new NewArea(PROVINCE, "Thử Nghiệm", AreaKind.PROVINCE, null, from, null, false));
        for (int c = 1; c <= COMMUNES; c++) {
            areas.record(new NewArea(commune(c), "Số " + c, AreaKind.COMMUNE, PROVINCE, from, null, false));
        }
        List<Indicator> catalogue = new ArrayList<>();
        for (int i = 1; i <= INDICATORS; i++) {
            boolean rate = i % 5 == 0; // a rate is reported by the province itself, not summed
            catalogue.add(new Indicator(
                    code(i),
                    (rate ? "Tỷ lệ thử nghiệm số " : "Số lượng thử nghiệm số ") + i,
                    UnitOfMeasure.of(rate ? "%" : "người"),
                    "kinh tế chung",
                    i % 7 == 0 ? Direction.DOWN : Direction.UP,
                    rate ? Aggregation.NONE : Aggregation.SUM,
                    null,
                    null,
                    null,
                    List.of("tỉnh", "xã"),
                    null,
                    null,
                    null));
        }
        indicators.record(catalogue);
        Random random = new Random(20300101); // fixed: the same province on every run
        for (Period year : List.of(YEAR, Period.year(YEAR.year() + 1))) {
            Plan plan = plans.create(
                    Actor.system(),
                    new NewPlan(
                            PROVINCE, year, "Kế hoạch thử nghiệm " + year.label(), null, DecidedBy.OWN_UNIT, false));
            for (Indicator indicator : catalogue) {
                BigDecimal value = indicator.unit().name().equals("%")
                        ? BigDecimal.valueOf(50 + random.nextInt(50))
                        : BigDecimal.valueOf(COMMUNES * (100L + random.nextInt(900)));
                plans.set(
                        Actor.system(),
                        plan.id(),
                        new NewTarget(
                                indicator.code(),
                                PROVINCE,
                                year,
                                TargetStatement.of(TargetForm.VALUE, value),
                                false,
                                null,
                                null));
            }
        }
        List<FigureInput> inputs = new ArrayList<>();
        for (Period period : List.of(YEAR, YEAR.sameOfPreviousYear())) {
            for (Indicator indicator : catalogue) {
                boolean rate = indicator.aggregation() == Aggregation.NONE;
                if (rate) {
                    inputs.add(new FigureInput(
                            indicator.code(),
                            PROVINCE,
                            period.toString(),
                            "ESTIMATE",
                            BigDecimal.valueOf(40 + random.nextInt(600), 1).add(BigDecimal.valueOf(30)),
                            null,
                            "thử nghiệm"));
                }
                for (int c = 1; c <= COMMUNES; c++) {
                    BigDecimal value = rate
                            ? BigDecimal.valueOf(300 + random.nextInt(700), 1)
                            : BigDecimal.valueOf(100 + random.nextInt(900));
                    inputs.add(new FigureInput(
                            indicator.code(), commune(c), period.toString(), "ESTIMATE", value, null, "thử nghiệm"));
                }
            }
        }
        figures.store(Actor.system(), inputs, "benchmark", "tỉnh thử nghiệm");
    }

    @Test
    void printsAProvinceReportWithItsCommuneAnnexInEachFormat() {
        OfficialDocument doc = reports.document(Actor.system(), PROVINCE, YEAR);
        assertThat(doc.annexes()).hasSize(2);
        assertThat(doc.annexes().get(1).table().rows()).hasSize(COMMUNES);
        assertThat(doc.annexes().get(1).table().columns()).hasSize(2 + INDICATORS);

        StringBuilder summary =
                new StringBuilder(("%nBáo cáo tỉnh %d xã × %d chỉ tiêu, %d lần sau %d lần chạy nóng; ms thời gian thực "
                                + "(min/median) và ms CPU của luồng (median):%n")
                        .formatted(COMMUNES, INDICATORS, RUNS, WARM_UP));
        Timing model = time(() -> reports.document(Actor.system(), PROVINCE, YEAR));
        summary.append("  mô hình (đánh giá, số liệu xã, văn bản): %s%n".formatted(model));
        Map<ReportFormat, Timing> timings = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            Timing t = time(() -> reports.render(Actor.system(), PROVINCE, YEAR, format));
            timings.put(format, t);
            byte[] file = reports.render(Actor.system(), PROVINCE, YEAR, format);
            writeSample(format, file);
            summary.append("  %-4s (cả mô hình): %s, %d byte%n".formatted(format.extension(), t, file.length));
        }
        System.out.println(summary);
        // The machine is shared (2 cores, load often above 10): wall time measures the neighbours, so the goal is held
        // on the CPU the rendering thread spent; the wall times are printed for the record.
        timings.forEach((format, t) -> assertThat(t.medianCpu())
                .as("%s: median CPU time in ms", format)
                .isLessThan(2000));
    }

    /** Left in target/report-samples to look at the by-commune annex. */
    private static void writeSample(ReportFormat format, byte[] file) {
        try {
            Files.createDirectories(SAMPLES);
            Files.write(SAMPLES.resolve("bao-cao-tinh-thu-nghiem-2030." + format.extension()), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Timing(long minWall, long medianWall, long medianCpu) {
        @Override
        public String toString() {
            return "min %d, median %d, CPU %d".formatted(minWall, medianWall, medianCpu);
        }
    }

    private static Timing time(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            work.get();
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[0], wall[RUNS / 2], cpu[RUNS / 2]);
    }

    private static String commune(int c) {
        return "9%04d".formatted(c);
    }

    private static String code(int i) {
        return "BM%02d".formatted(i);
    }
}
