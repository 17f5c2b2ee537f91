package vn.ktxh;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import vn.ktxh.database.BackupCommand;
import vn.ktxh.document.DocumentRenderer;
import vn.ktxh.document.ReportCommand;

/**
 * The jar's commands that work on the database. Each checks its arguments (and answers {@code --help}) before
 * anything starts, then runs in {@link CommandContext} — the database and the modules that read it, no web
 * server — or, on a database without any data yet, in the whole application without its web server, which
 * loads the demo data as the server does on its first start.
 */
@Profile(CommandContext.PROFILE)
@Configuration(proxyBeanMethods = false)
class Commands {

    /** A command: its name, its arguments checked before anything starts, and its run in a started context. */
    interface Command {
        /** Null when the arguments are right; otherwise the exit code after the message or usage is printed. */
        Integer check(String[] args, PrintStream out, PrintStream err);

        int run(ConfigurableApplicationContext context, String[] args, PrintStream out, PrintStream err);

        /** Whether the command works on the data (a fresh database first gets the demo data) or on the database itself. */
        default boolean needsData() {
            return true;
        }

        /**
         * Work that needs no database, done on the other core while the database starts: its beans are taken here,
         * before anything asks for the database, since a bean being made holds the others back until it is made.
         */
        default Runnable preparation(ConfigurableApplicationContext context, String[] args) {
            return () -> {};
        }
    }

    /** {@code backup} and {@code restore}: the whole database, whatever it holds. */
    private static final Command BACKUP = new Command() {
        @Override
        public Integer check(String[] args, PrintStream out, PrintStream err) {
            return BackupCommand.check(args, out, err);
        }

        @Override
        public int run(ConfigurableApplicationContext context, String[] args, PrintStream out, PrintStream err) {
            return context.getBean(BackupCommand.class).run(args, out, err);
        }

        @Override
        public boolean needsData() {
            return false;
        }
    };

    private static final Map<String, Command> COMMANDS =
            Map.of("backup", BACKUP, "restore", BACKUP, "report", new Command() {
                @Override
                public Integer check(String[] args, PrintStream out, PrintStream err) {
                    return ReportCommand.check(args, out, err);
                }

                @Override
                public int run(
                        ConfigurableApplicationContext context, String[] args, PrintStream out, PrintStream err) {
                    return context.getBean(ReportCommand.class).run(args, out, err);
                }

                @Override
                public Runnable preparation(ConfigurableApplicationContext context, String[] args) {
                    Collection<DocumentRenderer> renderers =
                            context.getBeansOfType(DocumentRenderer.class).values();
                    return () -> ReportCommand.warmUp(renderers, args);
                }
            });

    private Commands() {}

    /** Only warnings and errors on the console: the command's own output is what its user reads. */
    private static void quiet() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            // a standard PDF font (Symbol) the report never uses is substituted when the PDF library loads
            logback.getLogger("org.apache.pdfbox.pdmodel.font").setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    /**
     * A command lives a few seconds: what the optimising compiler (C2) would make is ready after it has ended, and
     * making it takes as much CPU as the command itself. Only the quick compiler (C1) compiles in a command's JVM,
     * through the JVM's compiler directives, since a jar run by {@code java -jar} cannot choose its JVM options (the
     * second JVM of a {@link SharedClassesLaunch} is started with the option instead).
     */
    private static void compileQuickly() {
        try {
            Path directives = Files.createTempFile("ktxh-jit", ".json");
            try {
                Files.writeString(directives, "[{match: \"*.*\", c2: {Exclude: true}}]");
                ManagementFactory.getPlatformMBeanServer()
                        .invoke(
                                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                                "compilerDirectivesAdd",
                                new Object[] {new String[] {directives.toString()}},
                                new String[] {String[].class.getName()});
            } finally {
                Files.delete(directives);
            }
        } catch (IOException | JMException | RuntimeException e) {
            // the command runs all the same, with its CPU shared with the optimising compiler
        }
    }

    static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Command command = COMMANDS.get(args[0]);
        Integer refused = command.check(args, out, err);
        if (refused != null) {
            return refused;
        }
        Optional<Integer> launched = SharedClassesLaunch.of(System.getenv(), System.getProperties())
                .flatMap(launch -> launch.run(
                        args,
                        SharedClassesLaunch.jvmOptions(ProcessHandle.current()
                                .info()
                                .arguments()
                                .map(List::of)
                                .orElse(List.of()))));
        if (launched.isPresent()) {
            return launched.get();
        }
        quiet();
        if (System.getProperty(SharedClassesLaunch.INSIDE) == null) {
            compileQuickly();
        }
        try (ConfigurableApplicationContext context = CommandContext.open()) {
            Thread prepared = new Thread(command.preparation(context, args), "prepare");
            prepared.setDaemon(true); // what it has not done when the command ends is not needed
            prepared.start();
            if (!command.needsData() || CommandContext.hasData(context)) {
                return command.run(context, args, out, err);
            }
        }
        err.println(
                "Cơ sở dữ liệu chưa có dữ liệu: nạp dữ liệu mẫu như lần chạy đầu của máy chủ (KTXH_DEMO_DATA=false để không nạp)...");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KtxhApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--ktxh.command-line=true", "--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR")) {
            return command.run(context, args, out, err);
        }
    }
}
