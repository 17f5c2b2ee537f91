package vn.ktxh.account;

import java.util.SortedSet;
import vn.ktxh.area.Area;

/** The years a unit has work in (a plan with targets); the plan module answers, so a page opens on a year with work. */
public interface YearsOfWork {

    SortedSet<Integer> of(Area area);
}
