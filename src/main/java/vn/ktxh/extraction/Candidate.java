package vn.ktxh.extraction;

import java.math.BigDecimal;

/** A number of a block on its way to a statement: what it is, and what the words around it add. */
final class Candidate {

    /** A level is a record; a % of plan or a change qualifies a level of the same clause when there is one. */
    enum Role {
        LEVEL,
        PERCENT_OF_PLAN,
        CHANGE
    }

    final int start;
    final int numberEnd;
    final BigDecimal value;
    BigDecimal valueMax;
    BigDecimal of;
    String unit;
    int unitEnd;
    boolean measure;
    Role role = Role.LEVEL;
    boolean baseline;
    /** A plan figure quoted beside a result ("…/KH 55-56 triệu đồng"): a record that no change or % of plan joins. */
    boolean planFigure;
    /** The value of an index or coefficient ("chỉ số phát triển con người là 0,8"): a record with no unit. */
    boolean indexValue;

    BigDecimal pctOfPlan;
    String planRef;
    BigDecimal changePct;
    BigDecimal changeAbs;
    String changeRef;
    GrowthForm growthForm;
    /** For a change: its signed size, and whether it is a % ("tăng 8%") or in the unit ("giảm 3 vụ"). */
    BigDecimal signedChange;

    boolean changeIsPercent;
    boolean comparedWithSomething;

    Candidate(int start, int numberEnd, BigDecimal value) {
        this.start = start;
        this.numberEnd = numberEnd;
        this.value = value;
    }

    boolean isLevel() {
        return role == Role.LEVEL;
    }
}
