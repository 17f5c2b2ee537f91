/**
 * Kỳ báo cáo: the reporting calendar (cut-off and deadline of each period), the workflow of an area's
 * report for a period (nháp → đã gửi → đã phê duyệt → mở lại), which indicators are due, and who is late.
 */
@ApplicationModule(
        displayName = "Kỳ báo cáo",
        allowedDependencies = {"area", "account", "plan", "indicator", "data", "shared :: files", "shared :: web"})
package vn.ktxh.cycle;

import org.springframework.modulith.ApplicationModule;
