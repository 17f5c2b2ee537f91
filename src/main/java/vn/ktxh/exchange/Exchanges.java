package vn.ktxh.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Accounts;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.data.CheckedFigure;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureCheck;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.FigureKind;
import vn.ktxh.data.Figures;
import vn.ktxh.exchange.FileContents.ProblemAt;
import vn.ktxh.exchange.UploadRules.Key;
import vn.ktxh.exchange.UploadRules.Read;
import vn.ktxh.exchange.storage.UploadRows;
import vn.ktxh.exchange.xlsx.TemplateWriter;
import vn.ktxh.exchange.xlsx.WorkbookReader;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.VnNumber;

/**
 * The door of the module: the template of an area and a period; an upload read, checked whole and kept as a
 * preview; the commit of a preview, once, through {@link Figures#store} so that its checks and audit apply.
 */
@Service
public class Exchanges {

    /** How many problems a refusal lists: enough to fix a file in one pass, few enough to read. */
    public static final int MAX_PROBLEMS = 100;
    /** Rows of one upload; a province's communes times its indicators stay well below. */
    public static final int MAX_ROWS = 200_000;

    private final Areas areas;
    private final Accounts accounts;
    private final Indicators indicators;
    private final Figures figures;
    private final UploadRows uploads;
    private final TemplateWriter writer;
    private final WorkbookReader reader;
    private final BigDecimal jumpThresholdPercent;
    private final long maxUploadBytes;
    private final String templateKey;
    private final Duration keepUploads;

    private final Cycles cycles;

    Exchanges(
            Areas areas,
            Accounts accounts,
            Indicators indicators,
            Figures figures,
            Cycles cycles,
            UploadRows uploads,
            TemplateWriter writer,
            WorkbookReader reader,
            @Value("${ktxh.validation.jump-threshold-percent:50}") BigDecimal jumpThresholdPercent,
            @Value("${ktxh.exchange.max-upload-bytes:20971520}") long maxUploadBytes,
            @Value("${ktxh.exchange.template-key:ktxh-mau-so-lieu}") String templateKey,
            @Value("${ktxh.exchange.keep-uploads:PT24H}") Duration keepUploads) {
        this.accounts = accounts;
        this.areas = areas;
        this.indicators = indicators;
        this.figures = figures;
        this.cycles = cycles;
        this.uploads = uploads;
        this.writer = writer;
        this.reader = reader;
        this.jumpThresholdPercent = jumpThresholdPercent;
        this.maxUploadBytes = maxUploadBytes;
        this.templateKey = templateKey;
        this.keepUploads = keepUploads;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** The template's content: the indicators with a target for the area and period, and those already reported. */
    public Template template(String areaCode, String period) {
        Period p = Period.parse(period);
        Area area = areas.require(areaCode, p, "area");
        accounts.requireRead(area); // the template carries the unit's targets, figures and notes
        Map<String, Target> targets = cycles.due(area, p);
        Map<String, Indicator> catalogue = indicators.catalogue();
        Map<String, Map<FigureKind, Figure>> stored = new HashMap<>();
        for (Figure f : figures.of(List.of(area.id()), p, catalogue.keySet())) {
            stored.computeIfAbsent(f.indicator(), k -> new HashMap<>()).put(f.kind(), f);
        }
        Set<String> codes = new LinkedHashSet<>(targets.keySet()); // in the entry form's order
        stored.keySet().stream().sorted().forEach(codes::add);
        List<Template.Row> rows = new ArrayList<>();
        for (String code : codes) {
            Indicator indicator = catalogue.get(code);
            Map<FigureKind, Figure> values = stored.getOrDefault(code, Map.of());
            Target target = targets.get(code);
            Figure estimate = values.get(FigureKind.ESTIMATE);
            Figure finalValue = values.get(FigureKind.FINAL);
            String note = finalValue != null && finalValue.source() != null
                    ? finalValue.source()
                    : estimate != null ? estimate.source() : null;
            rows.add(new Template.Row(
                    rows.size() + 1,
                    code,
                    indicator.name(),
                    indicator.unit().name(),
                    target == null ? null : target.value(),
                    estimate == null ? null : estimate.value(),
                    finalValue == null ? null : finalValue.value(),
                    note));
        }
        return new Template(
                area.code(),
                area.fullName(),
                p.toString(),
                p.label(),
                TemplateStamp.of(area.code(), area.validFrom(), p.toString(), templateKey),
                rows);
    }

    public byte[] templateWorkbook(Template template) {
        return writer.write(template);
    }

    /**
     * Reads a filled template (.xlsx) or a CSV file, checks every value, and keeps what would change under a
     * token. {@code area} and {@code period}, when given, are what the user meant to send: a file of another
     * area or period is refused naming both. Throws {@link RejectedInputs} with up to {@value #MAX_PROBLEMS} problems.
     */
    public Preview upload(String fileName, InputStream content, String area, String period, String user) {
        Path file = null;
        try {
            file = Files.createTempFile("ktxh-upload-", ".bin");
            copyAtMost(content, file);
            FileContents contents = isWorkbook(fileName, file)
                    ? reader.read(file, MAX_ROWS)
                    : CsvFigures.read(Files.readAllBytes(file), MAX_ROWS);
            return preview(
                    fileName,
                    contents,
                    area == null || area.isBlank() ? null : area.strip(),
                    period == null || period.isBlank()
                            ? null
                            : Period.parse(period).toString(),
                    user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is removed by the system; the answer matters more
                }
            }
        }
    }

    /** Figures another reader found (a DHIS2 data value set), checked and kept exactly as a file's. */
    public Preview upload(String name, FileContents contents, String user) {
        return preview(name, contents, null, null, user);
    }

    private void copyAtMost(InputStream content, Path file) throws IOException {
        try (InputStream in = content;
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxUploadBytes) {
                    throw new RejectedInput(
                            "file",
                            "Tệp lớn hơn %s MB, quá giới hạn một lần tải lên; hãy chia thành nhiều tệp"
                                    .formatted(maxUploadBytes / (1024 * 1024)));
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw new RejectedInput("file", "Tệp rỗng (0 byte); hãy chọn tệp .xlsx hoặc .csv có số liệu");
            }
        }
    }

    /** By the name's extension; without one, a zip is taken for a workbook and anything else for CSV. */
    private static boolean isWorkbook(String fileName, Path file) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return false;
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        }
    }

    private Preview preview(
            String fileName, FileContents contents, String expectedArea, String expectedPeriod, String user) {
        AreaMap map = areas.map();
        Map<String, Indicator> catalogue = indicators.catalogue();
        if (contents.stamp() != null) {
            checkStamp(contents, expectedArea, expectedPeriod, map);
        }
        figures.requireEnter(contents.figures().stream()
                .filter(u -> u.value() != null) // the old values shown are the unit's data
                .map(u -> new FigureInput(
                        u.indicator(), u.area(), u.period(), u.kind().name(), u.value(), null, null))
                .toList());
        List<ProblemAt> problems = new ArrayList<>(contents.problems());
        List<String> warnings = new ArrayList<>(contents.warnings());
        List<Read> reads = new ArrayList<>();
        List<UploadedFigure> blanks = new ArrayList<>();
        FigureCheck check = new FigureCheck(map, catalogue);
        Map<Key, Place> seen = new HashMap<>();
        for (UploadedFigure uploaded : contents.figures()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (uploaded.value() == null) {
                blanks.add(uploaded);
                continue;
            }
            if (contents.stamp() == null && !matches(uploaded, expectedArea, expectedPeriod, problems)) {
                continue;
            }
            try {
                CheckedFigure figure = check.check(List.of(new FigureInput(
                                uploaded.indicator(),
                                uploaded.area(),
                                uploaded.period(),
                                uploaded.kind().name(),
                                uploaded.value(),
                                uploaded.unit(),
                                uploaded.note())))
                        .get(0);
                Place first = seen.putIfAbsent(Key.of(figure), uploaded.place());
                if (first != null) {
                    problems.add(new ProblemAt(
                            uploaded.place(),
                            "indicator",
                            "số liệu %s của chỉ tiêu \"%s\" kỳ %s đã có ở %s"
                                    .formatted(
                                            uploaded.kind().label(),
                                            figure.indicator(),
                                            figure.period(),
                                            first.describe().toLowerCase(Locale.ROOT))));
                    continue;
                }
                reads.add(new Read(uploaded, figure));
            } catch (RejectedInputs refused) {
                for (RejectedInput problem : refused.problems()) {
                    problems.add(placed(uploaded.place(), problem));
                }
            } catch (RejectedInput problem) {
                problems.add(placed(uploaded.place(), problem));
            }
        }

        UploadRules rules = new UploadRules(catalogue, jumpThresholdPercent);
        Set<Long> areaIds = new HashSet<>();
        Set<Period> periods = new HashSet<>();
        Set<String> codes = new HashSet<>();
        reads.forEach(r -> {
            areaIds.add(r.figure().areaId());
            periods.add(r.figure().period());
            codes.add(r.figure().indicator());
        });
        Map<Key, Figure> stored = new HashMap<>();
        for (Figure f : figures.of(areaIds, periods, rules.partsOf(codes))) {
            stored.put(new Key(f.indicator(), f.areaId(), f.period().toString(), f.kind()), f);
        }
        Map<Key, BigDecimal> storedValues = new HashMap<>();
        stored.forEach((k, f) -> storedValues.put(k, f.value()));
        problems.addAll(rules.ratioParts(reads, storedValues));
        if (!problems.isEmpty()) {
            throw new RejectedInputs(problems.stream()
                    .sorted(Comparator.comparingInt(p -> p.place().row()))
                    .limit(MAX_PROBLEMS)
                    .map(p -> new RejectedInput(p.place().key(p.field()), p.text()))
                    .toList());
        }

        List<Change> changes = new ArrayList<>();
        List<Read> changed = new ArrayList<>();
        int unchanged = 0;
        for (Read read : reads) {
            CheckedFigure f = read.figure();
            Figure old = stored.get(Key.of(f));
            if (old != null && old.value().compareTo(f.value()) == 0) {
                unchanged++;
                continue;
            }
            Indicator indicator = catalogue.get(f.indicator());
            Area area = map.byId(f.areaId()).orElseThrow();
            changes.add(new Change(
                    read.uploaded().place().describe("value"),
                    f.indicator(),
                    indicator.name(),
                    indicator.unit().name(),
                    area.code(),
                    area.fullName(),
                    f.period().toString(),
                    f.kind(),
                    old == null ? null : old.value(),
                    f.value(),
                    read.uploaded().note()));
            changed.add(read);
        }
        refuseLocked(changed);
        warnings.addAll(blankWarnings(blanks, stored, map));
        warnings.addAll(missing(reads, stored, map));
        warnings.addAll(rules.jumps(
                changed,
                previousYear(changed),
                id -> map.byId(id).map(Area::fullName).orElse("")));

        if (warnings.size() > MAX_PROBLEMS) {
            int more = warnings.size() - MAX_PROBLEMS;
            warnings = new ArrayList<>(warnings.subList(0, MAX_PROBLEMS));
            warnings.add("... và %s cảnh báo khác".formatted(VnNumber.format(BigDecimal.valueOf(more))));
        }
        Preview preview = new Preview(UUID.randomUUID().toString(), fileName, changes, unchanged, warnings);
        uploads.save(UUID.fromString(preview.token()), user, preview, keepUploads);
        return preview;
    }

    /** Changes to an approved report are refused at once, not only when committed. */
    private void refuseLocked(List<Read> changed) {
        cycles.requireOpen(
                changed.stream()
                        .map(r -> new Cycles.ReportKey(
                                r.figure().areaId(), r.figure().period()))
                        .collect(Collectors.toSet()),
                "tải lên");
    }

    /** The stamp must be ours, unaltered, of a unit that still is what it was, and of what the user chose. */
    private void checkStamp(FileContents contents, String expectedArea, String expectedPeriod, AreaMap map) {
        TemplateStamp stamp = contents.stamp();
        if (!TemplateStamp.VERSION.equals(stamp.version()) || !stamp.signedWith(templateKey)) {
            throw new RejectedInput(
                    "file",
                    "Phần đánh dấu mẫu trong tệp không khớp (mẫu cũ hoặc đã bị sửa); hãy tải lại mẫu từ hệ thống và chép số liệu sang");
        }
        Period period = Period.parse(stamp.period());
        Area area = map.resolve(stamp.areaCode(), stamp.areaValidFrom(), stamp.areaValidFrom())
                .filter(a -> a.validFrom().equals(stamp.areaValidFrom()))
                .orElseThrow(() -> new RejectedInput(
                        "file",
                        "Mẫu dành cho đơn vị mã %s (từ ngày %s), đơn vị này không còn trong danh mục; hãy tải lại mẫu"
                                .formatted(stamp.areaCode(), stamp.areaValidFrom())));
        String made = "%s %s (mã %s), kỳ %s".formatted(area.kind().label(), area.name(), area.code(), period.label());
        if (contents.visibleArea() != null && !contents.visibleArea().equals(stamp.areaCode())
                || contents.visiblePeriod() != null && !contents.visiblePeriod().equals(stamp.period())) {
            throw new RejectedInput(
                    "file",
                    "Phần đầu trang \"Số liệu\" ghi mã đơn vị \"%s\", kỳ \"%s\" nhưng mẫu được tạo cho %s; hãy tải lại mẫu đúng đơn vị và kỳ"
                            .formatted(contents.visibleArea(), contents.visiblePeriod(), made));
        }
        if (expectedArea != null && !expectedArea.equals(area.code())
                || expectedPeriod != null && !expectedPeriod.equals(period.toString())) {
            String wanted = expectedArea == null
                    ? "kỳ " + Period.parse(expectedPeriod).label()
                    : describe(map, expectedArea, expectedPeriod == null ? period : Period.parse(expectedPeriod));
            throw new RejectedInput(
                    "file",
                    "Tệp là mẫu của %s, không phải của %s đã chọn; hãy tải lên đúng tệp hoặc chọn lại đơn vị và kỳ"
                            .formatted(made, wanted));
        }
        Area current = areas.require(stamp.areaCode(), period, "area");
        if (current.id() != area.id()) {
            throw new RejectedInput(
                    "file",
                    "Mẫu dành cho %s nhưng trong kỳ %s mã %s là của %s; hãy tải lại mẫu"
                            .formatted(area.fullName(), period.label(), area.code(), current.fullName()));
        }
    }

    private static String describe(AreaMap map, String code, Period period) {
        return map.resolve(code, period.firstDay(), period.lastDay())
                .map(a -> "%s (mã %s), kỳ %s".formatted(a.fullName(), a.code(), period.label()))
                .orElse("đơn vị mã %s, kỳ %s".formatted(code, period.label()));
    }

    /** A CSV line of another area or period than the one chosen is refused where it stands. */
    private static boolean matches(UploadedFigure u, String area, String period, List<ProblemAt> problems) {
        if (area != null && !area.equals(u.area() == null ? null : u.area().strip())) {
            problems.add(new ProblemAt(
                    u.place(), "area", "mã đơn vị \"%s\" khác đơn vị đã chọn \"%s\"".formatted(u.area(), area)));
            return false;
        }
        if (period != null && u.period() != null && !period.equals(u.period().strip())) {
            problems.add(new ProblemAt(
                    u.place(), "period", "kỳ \"%s\" khác kỳ đã chọn \"%s\"".formatted(u.period(), period)));
            return false;
        }
        return true;
    }

    /** The data module's refusal of one row, placed at the row and column it came from. */
    private static ProblemAt placed(Place place, RejectedInput problem) {
        return new ProblemAt(place, problem.fieldInItem(), problem.detail());
    }

    private static List<String> blankWarnings(List<UploadedFigure> blanks, Map<Key, Figure> stored, AreaMap map) {
        List<String> warnings = new ArrayList<>();
        for (UploadedFigure blank : blanks) {
            Period period = Period.parse(blank.period());
            map.resolve(blank.area(), period.firstDay(), period.lastDay()).ifPresent(area -> {
                Figure old = stored.get(new Key(blank.indicator(), area.id(), period.toString(), blank.kind()));
                if (old != null) {
                    warnings.add(
                            "%s: ô để trống nhưng đã có số liệu %s; tải lên không xoá số liệu, giá trị đã lưu được giữ nguyên"
                                    .formatted(blank.place().describe("value"), VnNumber.format(old.value())));
                }
            });
        }
        return warnings;
    }

    /** Targeted indicators without a value of either kind, neither uploaded nor stored, per area and period. */
    private List<String> missing(List<Read> reads, Map<Key, Figure> stored, AreaMap map) {
        Map<String, Collection<String>> targeted = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        Set<String> present = new HashSet<>();
        Map<String, List<Long>> byPeriod = new LinkedHashMap<>();
        for (Read read : reads) {
            CheckedFigure f = read.figure();
            present.add(f.areaId() + "|" + f.period() + "|" + f.indicator());
            List<Long> ids = byPeriod.computeIfAbsent(f.period().toString(), k -> new ArrayList<>());
            if (!ids.contains(f.areaId())) {
                ids.add(f.areaId());
            }
        }
        stored.keySet().forEach(k -> present.add(k.areaId() + "|" + k.period() + "|" + k.indicator()));
        byPeriod.forEach((period, ids) -> {
            Period p = Period.parse(period);
            Map<Long, Map<String, Target>> targets = cycles.due(ids, p);
            Set<String> targetCodes = new HashSet<>();
            targets.values().forEach(t -> targetCodes.addAll(t.keySet()));
            // stored figures of targeted indicators that the upload did not name
            Map<Key, Figure> more = new HashMap<>();
            for (Figure f : figures.of(ids, p, targetCodes)) {
                more.put(new Key(f.indicator(), f.areaId(), period, f.kind()), f);
            }
            more.keySet().forEach(k -> present.add(k.areaId() + "|" + k.period() + "|" + k.indicator()));
            targets.forEach((areaId, byCode) -> {
                String key = areaId + "|" + period;
                targeted.put(key, byCode.keySet());
                labels.put(key, map.byId(areaId).map(Area::fullName).orElse("") + ", kỳ " + p.label());
            });
        });
        return new UploadRules(indicators.catalogue(), jumpThresholdPercent).missing(targeted, present, labels);
    }

    private Map<Key, BigDecimal> previousYear(List<Read> reads) {
        Set<Long> areaIds = new HashSet<>();
        Set<Period> periods = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Read read : reads) {
            if (!read.figure().period().isTerm()) {
                areaIds.add(read.figure().areaId());
                periods.add(read.figure().period().sameOfPreviousYear());
                codes.add(read.figure().indicator());
            }
        }
        Map<Key, BigDecimal> values = new HashMap<>();
        for (Figure f : figures.of(areaIds, periods, codes)) {
            values.put(new Key(f.indicator(), f.areaId(), f.period().toString(), f.kind()), f.value());
        }
        return values;
    }

    /** The preview kept under a token, to show it again (a page reload, a second tab); only to the account that uploaded it. */
    public Preview preview(String token) {
        UUID id = parse(token);
        requireUploader(id, token);
        return uploads.find(id)
                .orElseThrow(() -> new RejectedInput("token", "Không có lượt tải lên mã \"%s\"".formatted(token)));
    }

    /** An upload shows the old values of the figures it names: it is its uploader's, for reading and for committing. */
    private void requireUploader(UUID id, String token) {
        String user = accounts.currentName(null);
        if (user != null
                && uploads.state(id)
                        .filter(state -> !state.createdBy().equals(user))
                        .isPresent()) {
            throw new AccessRefused("Lượt tải lên \"%s\" là của tài khoản khác; chỉ người tải tệp lên xem và ghi được"
                    .formatted(token));
        }
    }

    /**
     * Stores the previewed changes, all or none, once. Refused when the token is unknown, expired, already
     * committed or another user's, or when a figure changed since the preview (the user confirmed other numbers).
     */
    @Transactional
    public int commit(String token, String user) {
        UUID id = parse(token);
        requireUploader(id, token);
        Preview preview = uploads.claim(id, user).orElseThrow(() -> whyNot(id, token, user));
        List<RejectedInput> stale = stale(preview);
        if (!stale.isEmpty()) {
            throw new RejectedInputs(stale);
        }
        List<FigureInput> inputs = preview.changes().stream()
                .map(c -> new FigureInput(
                        c.indicator(),
                        c.areaCode(),
                        c.period(),
                        c.kind().name(),
                        c.newValue(),
                        null,
                        c.note() == null || c.note().isBlank() ? "Tải lên: " + preview.fileName() : c.note()))
                .toList();
        int stored = inputs.isEmpty() ? 0 : figures.store(inputs, user, "Tải lên tệp " + preview.fileName());
        uploads.recordStored(id, stored);
        return stored;
    }

    private List<RejectedInput> stale(Preview preview) {
        AreaMap map = areas.map();
        Map<String, Area> byCodePeriod = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        Set<Period> periods = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Change c : preview.changes()) {
            Area area = byCodePeriod.computeIfAbsent(
                    c.areaCode() + "|" + c.period(), k -> map.require(c.areaCode(), Period.parse(c.period()), "area"));
            ids.add(area.id());
            periods.add(Period.parse(c.period()));
            codes.add(c.indicator());
        }
        Map<String, BigDecimal> now = new HashMap<>();
        for (Figure f : figures.of(ids, periods, codes)) {
            Area area = map.byId(f.areaId()).orElseThrow();
            now.put(f.indicator() + "|" + area.code() + "|" + f.period() + "|" + f.kind(), f.value());
        }
        List<RejectedInput> stale = new ArrayList<>();
        for (Change c : preview.changes()) {
            BigDecimal current = now.get(c.indicator() + "|" + c.areaCode() + "|" + c.period() + "|" + c.kind());
            boolean same = current == null
                    ? c.oldValue() == null
                    : c.oldValue() != null && current.compareTo(c.oldValue()) == 0;
            if (!same && stale.size() < MAX_PROBLEMS) {
                stale.add(new RejectedInput(
                        "token",
                        "%s: số liệu %s của \"%s\" đã đổi thành %s sau khi xem trước (lúc xem trước: %s); hãy tải tệp lên lại để xem thay đổi mới"
                                .formatted(
                                        c.place(),
                                        c.kind().label(),
                                        c.indicatorName(),
                                        current == null ? "trống" : VnNumber.format(current),
                                        c.oldValue() == null ? "trống" : VnNumber.format(c.oldValue()))));
            }
        }
        return stale;
    }

    private RejectedInput whyNot(UUID id, String token, String user) {
        return uploads.state(id)
                .map(state -> {
                    if (state.committed()) {
                        return new RejectedInput(
                                "token",
                                "Lượt tải lên \"%s\" đã được ghi rồi; mỗi lượt chỉ ghi một lần".formatted(token));
                    }
                    if (state.expired()) {
                        return new RejectedInput(
                                "token", "Lượt tải lên \"%s\" đã hết hạn; hãy tải tệp lên lại".formatted(token));
                    }
                    return new RejectedInput(
                            "token",
                            "Lượt tải lên \"%s\" là của người dùng \"%s\", không phải của \"%s\""
                                    .formatted(token, state.createdBy(), user));
                })
                .orElseGet(() -> new RejectedInput("token", "Không có lượt tải lên mã \"%s\"".formatted(token)));
    }

    private static UUID parse(String token) {
        try {
            return UUID.fromString(token);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedInput("token", "Mã lượt tải lên \"%s\" không hợp lệ".formatted(token));
        }
    }
}
