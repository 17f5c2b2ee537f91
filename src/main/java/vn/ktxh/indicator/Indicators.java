package vn.ktxh.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.indicator.storage.IndicatorRows;
import vn.ktxh.shared.FoldedText;
import vn.ktxh.shared.RejectedInput;

/** The door of the catalogue; held in memory, since every evaluation reads it and it changes rarely. */
@Service
public class Indicators {

    private final IndicatorRows rows;
    private volatile Map<String, Indicator> byCode;

    Indicators(IndicatorRows rows) {
        this.rows = rows;
    }

    public List<Indicator> search(String query) {
        String folded = FoldedText.fold(query);
        return catalogue().values().stream()
                .filter(i -> folded.isEmpty() || FoldedText.fold(i.name()).contains(folded)
                        || FoldedText.fold(i.code()).contains(folded))
                .sorted(java.util.Comparator.comparing(Indicator::code)).toList();
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(catalogue().get(code));
    }

    public Indicator require(String code, String field) {
        return find(code).orElseThrow(() -> new RejectedInput(field,
                "Không có chỉ tiêu mã \"%s\" trong danh mục".formatted(code)));
    }

    public Map<String, Indicator> catalogue() {
        Map<String, Indicator> current = byCode;
        return current != null ? current : reload();
    }

    @Transactional
    public void record(List<Indicator> indicators) {
        indicators.forEach(rows::insert);
        reload();
    }

    /** Re-reads the catalogue, after a write or a rolled-back load. */
    public synchronized Map<String, Indicator> reload() {
        byCode = rows.all().stream().collect(Collectors.toUnmodifiableMap(Indicator::code, Function.identity()));
        return byCode;
    }
}
