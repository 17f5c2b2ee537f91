package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AchievementCountTest {

    @Test
    void writesTheSentenceOfTheReport() {
        List<Status> statuses = new ArrayList<>(Collections.nCopies(11, Status.EXCEEDED));
        statuses.addAll(Collections.nCopies(12, Status.MET));
        assertThat(AchievementCount.of(statuses).sentence())
                .isEqualTo("Có 23/23 chỉ tiêu chủ yếu đạt và vượt kế hoạch, trong đó 11/23 chỉ tiêu vượt kế hoạch.");
    }

    @Test
    void countsMissedIndicatorsAndIgnoresThoseNotJudged() {
        List<Status> statuses = new ArrayList<>(List.of(Status.EXCEEDED, Status.MET, Status.MISSED));
        statuses.add(null);
        AchievementCount count = AchievementCount.of(statuses);
        assertThat(count.judged()).isEqualTo(3);
        assertThat(count.sentence()).endsWith("01/03 chỉ tiêu không đạt kế hoạch.");
    }
}
