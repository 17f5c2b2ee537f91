/**
 * Vốn đầu tư công: the capital plan (kế hoạch vốn) of a unit and year by source, programme and project, with its deciding
 * documents and adjustments kept as versions; the disbursement (giải ngân) reported cumulative to a date with the estimate
 * for the year; its share of the plan, against the same date a year before and the required pace, rolled up over units.
 */
@ApplicationModule(
        displayName = "Đầu tư công",
        allowedDependencies = {"area", "indicator", "account", "plan", "evaluation", "shared :: web"})
package vn.ktxh.investment;

import org.springframework.modulith.ApplicationModule;
