package vn.ktxh.exchange;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.Cycles.ReportKey;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.exchange.UploadPreview.Facts;
import vn.ktxh.exchange.UploadPreview.Rows;
import vn.ktxh.exchange.UploadRules.Key;
import vn.ktxh.exchange.UploadRules.Reported;
import vn.ktxh.exchange.storage.UploadRows;
import vn.ktxh.exchange.xlsx.TemplateWriter;
import vn.ktxh.exchange.xlsx.UploadedFiles;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;

/**
 * The door of the module: the template of an area and a period; an upload read, checked whole and kept as a
 * preview; the commit of a preview, once, through {@link Figures#store} so that its checks and audit apply.
 */
@Service
public class Exchanges {

    /** Rows of one upload; a province's communes times its indicators stay well below. */
    public static final int MAX_ROWS = 200_000;

    private final Areas areas;
    private final Indicators indicators;
    private final Figures figures;
    private final UploadRows uploads;
    private final TemplateWriter writer;
    private final UploadedFiles files;
    private final BigDecimal jumpThresholdPercent;
    private final long maxUploadBytes;
    private final String templateKey;
    private final Duration keepUploads;

    private final Cycles cycles;

    Exchanges(
            Areas areas,
            Indicators indicators,
            Figures figures,
            Cycles cycles,
            UploadRows uploads,
            TemplateWriter writer,
            UploadedFiles files,
            @Value("${ktxh.validation.jump-threshold-percent:50}") BigDecimal jumpThresholdPercent,
            @Value("${ktxh.exchange.max-upload-bytes:20971520}") long maxUploadBytes,
            @Value("${ktxh.exchange.template-key:ktxh-mau-so-lieu}") String templateKey,
            @Value("${ktxh.exchange.keep-uploads:PT24H}") Duration keepUploads) {
        this.areas = areas;
        this.indicators = indicators;
        this.figures = figures;
        this.cycles = cycles;
        this.uploads = uploads;
        this.writer = writer;
        this.files = files;
        this.jumpThresholdPercent = jumpThresholdPercent;
        this.maxUploadBytes = maxUploadBytes;
        this.templateKey = templateKey;
        this.keepUploads = keepUploads;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** The template's content: the indicators with a target for the area and period, and those already reported. */
    public Template template(Actor actor, String areaCode, String period) {
        Period p = Period.parse(period);
        Area area = areas.require(areaCode, p, "area");
        actor.requireRead(area); // the template carries the unit's targets, figures and notes
        Map<String, Indicator> catalogue = indicators.catalogue();
        return Template.of(
                area,
                p,
                cycles.due(area, p),
                figures.of(List.of(area.id()), p, catalogue.keySet()),
                catalogue,
                templateKey);
    }

    public byte[] templateWorkbook(Template template) {
        return writer.write(template);
    }

    /**
     * Reads a filled template (.xlsx) or a CSV file, checks every value, and keeps what would change under a
     * token. {@code area} and {@code period}, when given, are what the user meant to send: a file of another
     * area or period is refused naming both. Throws {@link RejectedInputs} with up to {@value UploadPreview#MAX_PROBLEMS} problems.
     */
    public Preview upload(Actor actor, String fileName, InputStream content, String area, String period, String user) {
        return preview(
                actor,
                fileName,
                files.read(fileName, content, maxUploadBytes, MAX_ROWS),
                area == null || area.isBlank() ? null : area.strip(),
                period == null || period.isBlank() ? null : Period.parse(period).toString(),
                user);
    }

    /** Figures another reader found (a DHIS2 data value set), checked and kept exactly as a file's. */
    public Preview upload(Actor actor, String name, FileContents contents, String user) {
        return preview(actor, name, contents, null, null, user);
    }

    private Preview preview(
            Actor actor,
            String fileName,
            FileContents contents,
            String expectedArea,
            String expectedPeriod,
            String user) {
        UploadPreview check = new UploadPreview(areas.map(), indicators.catalogue(), jumpThresholdPercent, templateKey);
        Rows rows = check.read(contents, expectedArea, expectedPeriod, actor.access());
        Preview preview = check.preview(UUID.randomUUID().toString(), fileName, rows, facts(rows));
        uploads.save(UUID.fromString(preview.token()), user, preview, keepUploads);
        return preview;
    }

    /** What the preview of {@code rows} needs of what is stored, read set-wise. */
    private Facts facts(Rows rows) {
        Map<ReportKey, Set<String>> due = new LinkedHashMap<>();
        Set<Reported> dueStored = new HashSet<>();
        Map<Period, List<Long>> byPeriod = new LinkedHashMap<>();
        rows.reports()
                .forEach(r -> byPeriod.computeIfAbsent(r.period(), p -> new ArrayList<>())
                        .add(r.areaId()));
        byPeriod.forEach((period, ids) -> {
            Map<Long, Map<String, Target>> targets = new TreeMap<>(cycles.due(ids, period));
            Set<String> codes = new HashSet<>();
            targets.forEach((id, byCode) -> {
                due.put(new ReportKey(id, period), byCode.keySet());
                codes.addAll(byCode.keySet());
            });
            figures.of(ids, period, codes).forEach(f -> dueStored.add(Reported.of(Key.of(f))));
        });
        return new Facts(
                values(figures.of(rows.areaIds(), rows.periods(), rows.storedCodes())),
                cycles.closed(rows.reports()),
                due,
                dueStored,
                values(figures.of(rows.areaIds(), rows.previousPeriods(), rows.storedCodes())));
    }

    private static Map<Key, BigDecimal> values(List<Figure> stored) {
        Map<Key, BigDecimal> values = new HashMap<>();
        stored.forEach(f -> values.put(Key.of(f), f.value()));
        return values;
    }

    /** The preview kept under a token, to show it again (a page reload, a second tab); only to the account that uploaded it. */
    public Preview preview(Actor actor, String token) {
        UUID id = parse(token);
        requireUploader(actor, id, token);
        return uploads.find(id)
                .orElseThrow(() -> new RejectedInput("token", "Không có lượt tải lên mã \"%s\"".formatted(token)));
    }

    /** An upload shows the old values of the figures it names: it is its uploader's, for reading and for committing. */
    private void requireUploader(Actor actor, UUID id, String token) {
        String user = actor.name(null);
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
    public int commit(Actor actor, String token, String user) {
        UUID id = parse(token);
        requireUploader(actor, id, token);
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
        int stored = inputs.isEmpty() ? 0 : figures.store(actor, inputs, user, "Tải lên tệp " + preview.fileName());
        uploads.recordStored(id, stored);
        return stored;
    }

    /** The changes whose figure moved since the preview, read now by the unit each names on its period. */
    private List<RejectedInput> stale(Preview preview) {
        record AreaAt(String code, String period) {}
        AreaMap map = areas.map();
        Map<AreaAt, Long> ids = new HashMap<>();
        Map<Change, Key> keys = new HashMap<>();
        for (Change c : preview.changes()) {
            Period period = Period.parse(c.period());
            long id = ids.computeIfAbsent(
                    new AreaAt(c.areaCode(), c.period()),
                    at -> map.require(at.code(), period, "area").id());
            keys.put(c, new Key(c.indicator(), id, period, c.kind()));
        }
        Map<Key, BigDecimal> now = values(figures.of(
                keys.values().stream().map(Key::areaId).collect(Collectors.toSet()),
                keys.values().stream().map(Key::period).collect(Collectors.toSet()),
                keys.values().stream().map(Key::indicator).collect(Collectors.toSet())));
        return preview.stale(c -> now.get(keys.get(c)), UploadPreview.MAX_PROBLEMS);
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
