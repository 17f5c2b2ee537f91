package vn.ktxh;

import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import vn.ktxh.extraction.ExtractionCommands;
import vn.ktxh.scoring.ScoreCommand;

/**
 * KTXH: kế hoạch phát triển kinh tế - xã hội — areas, indicators, targets, figures, evaluation.
 * {@code java -jar ktxh.jar} serves the application; the commands of {@link Commands} ({@code report},
 * {@code extract}, {@code extract-score}) check their arguments first and start only what they need.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class KtxhApplication {

    public static void main(String[] args) {
        if (ExtractionCommands.handles(args)) {
            System.exit(ExtractionCommands.run(args, System.out, System.err));
        }
        if (ScoreCommand.handles(args)) {
            System.exit(ScoreCommand.run(args, System.out, System.err));
        }
        if (Commands.handles(args)) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        Integer refused = checkServerArguments(args, System.out, System.err);
        if (refused != null) {
            System.exit(refused);
        }
        SpringApplication.run(KtxhApplication.class, args);
    }

    static final String USAGE = """
            Cách dùng: java -jar ktxh.jar [LỆNH] [THAM SỐ...]
              (không có lệnh)   chạy máy chủ KTXH tại http://localhost:8080 (cổng: PORT=..., dữ liệu: KTXH_HOME=...)
              report            xuất báo cáo .docx, .pdf hoặc .xlsx của một đơn vị, một kỳ
              backup, restore   sao lưu, khôi phục toàn bộ cơ sở dữ liệu
              extract           trích chỉ tiêu từ văn bản (.docx, .pdf, .txt)
              extract-score     chấm kết quả trích chỉ tiêu theo tệp nhãn
            Mỗi lệnh có --help.""";

    /**
     * The server takes only Spring's {@code --name=value} options: {@code --help} answers the usage and a word that is
     * no command (a mistyped {@code reprot}) is refused, rather than starting a server that never returns.
     */
    static Integer checkServerArguments(String[] args, PrintStream out, PrintStream err) {
        List<String> all = List.of(args);
        if (all.contains("--help") || all.contains("-h") || all.contains("help")) {
            out.println(USAGE);
            return 0;
        }
        for (String arg : all) {
            if (!arg.startsWith("--") || arg.length() == 2) {
                err.println("Không có lệnh hoặc tùy chọn \"%s\"".formatted(arg));
                err.println(USAGE);
                return 2;
            }
        }
        return null;
    }
}
