package vn.ktxh.document;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktxh.account.Actor;
import vn.ktxh.document.render.SerifFonts;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VnNumber;

/**
 * {@code java -jar ktxh.jar report --area 105 --period 2024 --format docx --out bao-cao.docx}: the report
 * written from the same database as the server. Exit code 0 when written, 2 when the command line is wrong,
 * 1 when the report cannot be made (unknown area, no font, a file that cannot be written).
 */
@Component
public class ReportCommand {

    static final String USAGE = """
            Cách dùng: java -jar ktxh.jar report --area MÃ --period KỲ --format docx|pdf|xlsx --out TỆP
              --area    mã đơn vị hành chính (ví dụ: 105)
              --period  kỳ báo cáo: 2024, 2024-H1, 2024-9M, 2024-Q1, 2024-M03
              --format  docx (văn bản Word), pdf, xlsx (phụ lục dạng bảng tính)
              --out     đường dẫn tệp sẽ ghi""";

    private static final List<String> OPTIONS = List.of("area", "period", "format", "out");

    private final Reports reports;

    ReportCommand(Reports reports) {
        this.reports = reports;
    }

    /** The options read and checked: the area's code is checked against the database only when it is started. */
    record Request(String area, Period period, ReportFormat format, Path file) {

        static Request of(String[] args) {
            Map<String, String> options = options(args);
            return new Request(
                    options.get("area").strip(),
                    Period.parse(options.get("period")),
                    ReportFormat.parse(options.get("format")),
                    Path.of(options.get("out")));
        }
    }

    /**
     * Checks the command line before anything starts: null when it is right; 0 after printing the usage for
     * {@code --help}; 2 after a Vietnamese message and the usage when it is wrong.
     */
    public static Integer check(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        try {
            Request.of(args);
            return null;
        } catch (RejectedInput e) {
            err.println("Lỗi: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Integer refused = check(args, out, err);
        if (refused != null) {
            return refused;
        }
        Request request = Request.of(args);
        Path file = request.file();
        Period period = request.period();
        ReportFormat format = request.format();
        Map<String, String> options = Map.of("area", request.area());
        try {
            byte[] bytes = reports.render(Actor.system(), options.get("area"), period, format);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
            out.printf(
                    "Đã ghi báo cáo %s của đơn vị %s vào %s (%s byte).%n",
                    period.label(),
                    options.get("area"),
                    file.toAbsolutePath(),
                    VnNumber.format(BigDecimal.valueOf(bytes.length)));
            return 0;
        } catch (RejectedInput | SerifFonts.MissingFonts e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Lỗi: không ghi được tệp " + file.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * Prints a one-page document in the format asked and throws it away, so the renderer's classes are loaded and
     * compiled while the database starts (a command run: two cores, one of them otherwise waiting).
     */
    public static void warmUp(Collection<DocumentRenderer> renderers, String[] args) {
        ReportFormat format = Request.of(args).format();
        Table table = new Table(
                List.of(new Table.Column("STT", 1, Table.Align.CENTER)),
                List.of(List.of(Table.Cell.number(BigDecimal.ONE))),
                1,
                0);
        OfficialDocument sample = new OfficialDocument(
                new OfficialDocument.Header(
                        List.of(),
                        List.of("ỦY BAN NHÂN DÂN"),
                        OfficialDocument.Header.NATION,
                        OfficialDocument.Header.MOTTO,
                        "Số:",
                        "ngày"),
                "BÁO CÁO",
                "Mẫu",
                List.of(new Block.Heading(2, "I. MẪU"), new Block.Paragraph("Mẫu.")),
                new OfficialDocument.Closing(List.of("Lưu: VT."), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", ""),
                List.of(new OfficialDocument.Annex("Phụ lục I", "MẪU", "", table)));
        try {
            renderers.stream().filter(r -> r.format() == format).findFirst().ifPresent(r -> r.render(sample));
        } catch (RuntimeException e) {
            // the report itself meets the same failure and says what it is
        }
    }

    /** "--area 105" or "--area=105"; a leading "report" (the command's name) is skipped. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        int i = args.length > 0 && args[0].equals("report") ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new RejectedInput("Không hiểu tham số \"%s\"".formatted(arg));
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new RejectedInput("Thiếu giá trị cho --" + name);
            }
            if (!OPTIONS.contains(name)) {
                throw new RejectedInput("Không có tùy chọn --%s".formatted(name));
            }
            options.put(name, value);
        }
        for (String required : OPTIONS) {
            if (options.get(required) == null || options.get(required).isBlank()) {
                throw new RejectedInput("Thiếu tùy chọn --" + required);
            }
        }
        return options;
    }
}
