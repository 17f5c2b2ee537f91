/**
 * Đơn vị hành chính: provinces, districts (until 2025-06-30) and communes, each valid for a span of
 * dates, with the lineage that links old units to new ones (sáp nhập, chia tách, đổi tên).
 */
@ApplicationModule(
        displayName = "Đơn vị hành chính",
        allowedDependencies = {"shared :: web"})
package vn.ktxh.area;

import org.springframework.modulith.ApplicationModule;
