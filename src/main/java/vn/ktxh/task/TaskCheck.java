package vn.ktxh.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * Reads a {@link NewTask} into a task of an area, finding every problem at once (a sheet shows all its errors,
 * not the first one). Each problem names the field of the API and the column of the sheet, so the caller can
 * say "Dòng 7, cột "Cơ quan chủ trì": ..." or point at the JSON field.
 */
public final class TaskCheck {

    public record Problem(String field, String column, String message) {

        public RejectedInput atRow(int row) {
            return new RejectedInput(
                    "[%d].%s".formatted(row, field), "Dòng %d, cột \"%s\": %s".formatted(row, column, message));
        }

        public RejectedInput inRequest() {
            return new RejectedInput(field, "\"%s\": %s".formatted(column, message));
        }
    }

    public record Result(Task task, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static final String TITLE = "Nhiệm vụ";
    public static final String CONTENT = "Nội dung";
    public static final String SECTION = "Mục";
    public static final String LEAD = "Cơ quan chủ trì";
    public static final String COOPERATING = "Cơ quan phối hợp";
    public static final String START = "Ngày bắt đầu";
    public static final String DUE = "Thời hạn";
    public static final String INDICATORS = "Chỉ tiêu liên quan";
    public static final String PRIORITY = "Ưu tiên";

    private final AgencyDirectory agencies;
    private final Predicate<String> knownIndicator;
    private final Period span;

    /** {@code span}: the plan's period; a recurring task runs to its end, and a deadline may not lie far outside. */
    public TaskCheck(AgencyDirectory agencies, Predicate<String> knownIndicator, Period span) {
        this.agencies = agencies;
        this.knownIndicator = knownIndicator;
        this.span = span;
    }

    public Result read(NewTask in, long areaId) {
        List<Problem> problems = new ArrayList<>();
        if (blank(in.title())) {
            problems.add(new Problem("title", TITLE, "chưa có tên nhiệm vụ"));
        }
        Agency lead = null;
        if (blank(in.leadAgency())) {
            problems.add(new Problem("leadAgency", LEAD, "chưa có cơ quan chủ trì"));
        } else {
            lead = agencies.find(in.leadAgency()).orElse(null);
            if (lead == null) {
                problems.add(new Problem(
                        "leadAgency", LEAD, agencies.unknown(in.leadAgency().strip())));
            }
        }
        List<Long> cooperating = new ArrayList<>();
        List<String> names = in.cooperatingAgencies().stream()
                .flatMap(text -> agencies.split(text).stream())
                .toList();
        for (String name : names) {
            if (blank(name)) {
                continue;
            }
            Optional<Agency> agency = agencies.find(name);
            if (agency.isEmpty()) {
                problems.add(new Problem("cooperatingAgencies", COOPERATING, agencies.unknown(name.strip())));
            } else if (lead != null && agency.get().id() == lead.id()) {
                problems.add(new Problem(
                        "cooperatingAgencies",
                        COOPERATING,
                        "\"%s\" đã là cơ quan chủ trì, không ghi lại ở cột phối hợp".formatted(name.strip())));
            } else if (!cooperating.contains(agency.get().id())) {
                cooperating.add(agency.get().id());
            }
        }
        LocalDate start = null;
        if (!blank(in.start())) {
            start = TaskDates.read(in.start()).orElse(null);
            if (start == null) {
                problems.add(new Problem("start", START, notADate(in.start())));
            }
        }
        Recurrence recurrence = Recurrence.ONCE;
        LocalDate end = null;
        if (blank(in.due())) {
            problems.add(new Problem(
                    "due",
                    DUE,
                    "chưa có thời hạn (ngày dd/mm/yyyy, hoặc \"Hằng tháng\", \"Hằng quý\", "
                            + "\"Hằng năm\", \"Thường xuyên\")"));
        } else {
            Optional<Recurrence> word = Recurrence.fromWord(in.due());
            if (word.isPresent()) {
                recurrence = word.get();
                end = span.lastDay();
            } else {
                end = TaskDates.read(in.due()).orElse(null);
                if (end == null) {
                    problems.add(new Problem(
                            "due",
                            DUE,
                            notADate(in.due()) + " hoặc \"Hằng tháng\", \"Hằng quý\", \"Hằng năm\", \"Thường xuyên\""));
                }
            }
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new Problem(
                    "due",
                    DUE,
                    "thời hạn %s trước ngày bắt đầu %s".formatted(TaskDates.print(end), TaskDates.print(start))));
        }
        List<String> indicators = new ArrayList<>();
        for (String code : in.indicators()) {
            if (blank(code)) {
                continue;
            }
            if (!knownIndicator.test(code.strip())) {
                problems.add(new Problem(
                        "indicators",
                        INDICATORS,
                        "không có chỉ tiêu mã \"%s\" trong danh mục".formatted(code.strip())));
            } else {
                indicators.add(code.strip());
            }
        }
        Optional<Priority> priority = Priority.read(in.priority());
        if (priority.isEmpty()) {
            problems.add(new Problem(
                    "priority",
                    PRIORITY,
                    "\"%s\" không phải mức ưu tiên (Cao, Trung bình, Thấp)".formatted(in.priority())));
        }
        LocalDate documentDate = null;
        if (!blank(in.documentDate())) {
            documentDate = TaskDates.read(in.documentDate()).orElse(null);
            if (documentDate == null) {
                problems.add(new Problem("documentDate", "Ngày văn bản", notADate(in.documentDate())));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        LocalDate from = start != null ? start : recurrence.periodic() ? span.firstDay() : null;
        Task task = new Task(
                0,
                areaId,
                in.planId(),
                in.parentId(),
                strip(in.section()),
                in.title().strip(),
                strip(in.content()),
                new AssigningDocument(strip(in.documentNumber()), documentDate, strip(in.documentIssuer())),
                lead.id(),
                cooperating,
                from,
                end,
                recurrence,
                indicators,
                priority.get(),
                strip(in.source()),
                List.of());
        return new Result(task, problems);
    }

    private static String notADate(String text) {
        return "\"%s\" không phải ngày hợp lệ (dd/mm/yyyy, ví dụ 30/06/2026)".formatted(text.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
