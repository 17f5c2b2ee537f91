/**
 * Dữ liệu mẫu: the real units of tỉnh Lai Châu before and after 2025-07-01 and phường Tam Thanh, with
 * the targets, figures and public investment of the five seed documents, loaded into an empty database and removable.
 */
@ApplicationModule(
        displayName = "Dữ liệu mẫu",
        allowedDependencies = {"area", "indicator", "plan", "data", "account", "task", "investment", "shared :: files"})
package vn.ktxh.demo;

import org.springframework.modulith.ApplicationModule;
