package vn.ktxh.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.indicator.storage.IndicatorRows;
import vn.ktxh.shared.FoldedText;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/** The door of the catalogue; held in memory, since every evaluation reads it and it changes rarely. */
@Service
public class Indicators {

    private final IndicatorRows rows;
    private volatile Map<String, Indicator> byCode;
    private volatile Map<String, Set<Period.Type>> obligations;

    private final ApplicationEventPublisher events;

    Indicators(IndicatorRows rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    public List<Indicator> search(String query) {
        String folded = FoldedText.fold(query);
        return catalogue().values().stream()
                .filter(i -> folded.isEmpty()
                        || FoldedText.fold(i.name()).contains(folded)
                        || FoldedText.fold(i.code()).contains(folded))
                .sorted(Comparator.comparing(Indicator::code))
                .toList();
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(catalogue().get(code));
    }

    public Indicator require(String code, String field) {
        return find(code)
                .orElseThrow(
                        () -> new RejectedInput(field, "Không có chỉ tiêu mã \"%s\" trong danh mục".formatted(code)));
    }

    public Map<String, Indicator> catalogue() {
        Map<String, Indicator> current = byCode;
        return current != null ? current : reload();
    }

    /** Records new indicators; a ratio's parts and a formula's operands must be known (here or already). */
    @Transactional
    public void record(List<Indicator> indicators) {
        Set<String> known = new HashSet<>(catalogue().keySet());
        indicators.forEach(i -> known.add(i.code()));
        for (Indicator i : indicators) {
            List<String> needed = new ArrayList<>();
            if (i.aggregation() == Aggregation.RATIO) {
                needed.add(i.numerator());
                needed.add(i.denominator());
            }
            if (i.formula() != null) {
                needed.addAll(Formula.parse(i.formula()).operands());
            }
            needed.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
                throw new RejectedInput(
                        "code",
                        "Chỉ tiêu \"%s\" dùng chỉ tiêu \"%s\" chưa có trong danh mục".formatted(i.code(), code));
            });
        }
        indicators.forEach(rows::insert);
        reload();
    }

    /**
     * Whether the indicator is reported in periods of this type: by default in every period of a year it has a
     * target for; a reporting obligation narrows it (a rate surveyed once a year is not asked for every month).
     */
    public boolean reportedIn(String code, Period.Type type) {
        catalogue();
        Set<Period.Type> types = obligations.get(code);
        return types == null ? type != Period.Type.TERM : types.contains(type);
    }

    /** Sets the periods an indicator is reported in (an empty set: back to every period). */
    @Transactional
    public void setReportedIn(String code, Set<Period.Type> types) {
        require(code, "indicator");
        rows.replaceObligations(code, types);
        reload();
    }

    /** Re-reads the catalogue, after a write or a rolled-back load. */
    public synchronized Map<String, Indicator> reload() {
        // in the rows' order (by code), the same in every run: an unmodifiable map's order changes from run to run,
        // and a report listing the catalogue's results would with it
        byCode = Collections.unmodifiableMap(rows.all().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        obligations = Map.copyOf(rows.obligations());
        events.publishEvent(new CatalogueChanged(byCode.size()));
        return byCode;
    }
}
