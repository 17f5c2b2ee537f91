package vn.ktxh.shared;

import java.util.List;

/** Several refusals found in one request (every row of an upload is checked before any is stored). */
public class RejectedInputs extends RuntimeException {

    private final List<RejectedInput> problems;

    public RejectedInputs(List<RejectedInput> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RejectedInput> problems() {
        return problems;
    }

    private static String summary(List<RejectedInput> problems) {
        String first = problems.get(0).getMessage();
        return problems.size() == 1 ? first : "%s (và %d lỗi khác)".formatted(first, problems.size() - 1);
    }
}
