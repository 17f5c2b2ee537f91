package vn.ktxh.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VnNumber;

/**
 * What an upload would change, kept under {@code token} until it is committed once or expires. Rows whose value
 * equals the stored one are only counted; warnings never block the commit.
 */
public record Preview(String token, String fileName, List<Change> changes, int unchanged, List<String> warnings) {

    /**
     * The changes whose figure is no longer what the preview showed ({@code now} gives the value stored now, null for
     * none), at most {@code limit}: the user confirmed other numbers, so the commit is refused naming each.
     */
    public List<RejectedInput> stale(Function<Change, BigDecimal> now, int limit) {
        List<RejectedInput> stale = new ArrayList<>();
        for (Change c : changes) {
            BigDecimal current = now.apply(c);
            boolean same = current == null
                    ? c.oldValue() == null
                    : c.oldValue() != null && current.compareTo(c.oldValue()) == 0;
            if (!same && stale.size() < limit) {
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
}
