/**
 * Hướng dẫn và tìm kiếm: what each role does each month with the calendar's deadlines, and one search over units,
 * indicators, plans and tasks from the navigation bar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hướng dẫn",
        allowedDependencies = { "area", "indicator", "plan", "task", "account", "cycle" })
package vn.ktxh.guide;
