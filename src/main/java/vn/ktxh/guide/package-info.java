/**
 * Hướng dẫn và tìm kiếm: what each role does each month with the calendar's deadlines, and one search over units,
 * indicators, plans and tasks from the navigation bar.
 */
@ApplicationModule(
        displayName = "Hướng dẫn",
        allowedDependencies = {"area", "indicator", "plan", "task", "account", "cycle"})
package vn.ktxh.guide;

import org.springframework.modulith.ApplicationModule;
