package vn.ktxh.evaluation;

import java.util.Collection;
import java.util.Objects;

/** "Có 23/23 chỉ tiêu chủ yếu đạt và vượt kế hoạch, trong đó 11/23 vượt": counted over judged indicators. */
public record AchievementCount(int judged, int exceeded, int met, int missed) {

    public static AchievementCount of(Collection<Status> statuses) {
        int exceeded = 0;
        int met = 0;
        int missed = 0;
        for (Status s : statuses.stream().filter(Objects::nonNull).toList()) {
            switch (s) {
                case EXCEEDED -> exceeded++;
                case MET -> met++;
                case MISSED -> missed++;
            }
        }
        return new AchievementCount(exceeded + met + missed, exceeded, met, missed);
    }

    public int achieved() {
        return exceeded + met;
    }

    /** The sentence of a report, with counts written on two digits as the documents do ("01", "23"). */
    public String sentence() {
        String text = "Có %s/%s chỉ tiêu chủ yếu đạt và vượt kế hoạch, trong đó %s/%s chỉ tiêu vượt kế hoạch"
                .formatted(two(achieved()), two(judged), two(exceeded), two(judged));
        return missed == 0
                ? text + "."
                : text + "; %s/%s chỉ tiêu không đạt kế hoạch.".formatted(two(missed), two(judged));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
