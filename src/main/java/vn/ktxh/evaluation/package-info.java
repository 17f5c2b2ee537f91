/**
 * Đánh giá: % of plan, vượt / đạt / không đạt for every target form, change against the same period,
 * counts of indicators met, and the roll-up of figures over units and over a merged unit's predecessors.
 */
@ApplicationModule(
        displayName = "Đánh giá",
        allowedDependencies = {"area", "indicator", "plan", "data", "account", "cycle", "shared :: web"})
package vn.ktxh.evaluation;

import org.springframework.modulith.ApplicationModule;
