/** Nhật ký thay đổi: every change of figures and targets and every move of a report, for a unit and its units, as one log. */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký",
        allowedDependencies = { "area", "indicator", "account", "data", "plan", "cycle", "shared :: files" })
package vn.ktxh.audit;
