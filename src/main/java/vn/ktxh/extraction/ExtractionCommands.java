package vn.ktxh.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of the extractor, run before the application starts:
 * <pre>
 * extract FILE...                                  one JSON statement per line
 * extract --text FILE...                           the text the extractor reads, line by line
 * </pre>
 * Returns the exit code: 0 done, 1 a file could not be read, 2 wrong usage. Scoring against the benchmark's labels
 * is a tool of its own ({@code vn.ktxh.scoring}).
 */
public final class ExtractionCommands {

    private static final String USAGE = """
            Cách dùng:
              extract TỆP...                                  trích chỉ tiêu, mỗi dòng một JSON
              extract --text TỆP...                           in văn bản đã đọc được (số dòng khớp với "line")""";

    private ExtractionCommands() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("extract");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        if (!args[0].equals("extract")) {
            err.println("Lệnh \"%s\" không có.%n%s".formatted(args[0], USAGE));
            return 2;
        }
        return exitCode(() -> extract(Arrays.asList(args).subList(1, args.length), out, err), err);
    }

    /** The work of a command line that reads documents; answers its exit code. */
    @FunctionalInterface
    public interface DocumentWork {
        int run() throws IOException;
    }

    /** Runs a command's work; a document or file it cannot read is said in Vietnamese and exits with 1. */
    public static int exitCode(DocumentWork work, PrintStream err) {
        try {
            return work.run();
        } catch (UnreadableDocument e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Không đọc được tệp: " + e.getMessage());
            return 1;
        }
    }

    private static int extract(List<String> args, PrintStream out, PrintStream err) throws IOException {
        boolean textOnly = args.contains("--text");
        List<String> files = args.stream().filter(a -> !a.equals("--text")).toList();
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        StatementExtractor extractor = new StatementExtractor();
        int code = 0;
        for (String file : files) {
            try {
                DocumentText document = DocumentText.read(Path.of(file));
                if (textOnly) {
                    document.lines().forEach(out::println);
                } else {
                    extractor.extract(document).forEach(s -> out.println(StatementJson.of(s)));
                }
            } catch (UnreadableDocument e) {
                err.println(e.getMessage());
                code = 1;
            }
        }
        return code;
    }
}
