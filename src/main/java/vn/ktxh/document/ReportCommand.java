package vn.ktxh.document;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktxh.document.render.SerifFonts;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

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

    public int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        Period period;
        ReportFormat format;
        try {
            options = options(args);
            period = Period.parse(options.get("period"));
            format = ReportFormat.parse(options.get("format"));
        } catch (RejectedInput e) {
            err.println("Lỗi: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(options.get("out"));
        try {
            byte[] bytes = reports.render(options.get("area"), period, format);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
            out.printf("Đã ghi báo cáo %s của đơn vị %s vào %s (%s byte).%n", period.label(), options.get("area"),
                    file.toAbsolutePath(), vn.ktxh.shared.VnNumber.format(java.math.BigDecimal.valueOf(bytes.length)));
            return 0;
        } catch (RejectedInput | SerifFonts.MissingFonts e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Lỗi: không ghi được tệp " + file.toAbsolutePath() + ": " + e.getMessage());
            return 1;
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
