/**
 * Số liệu: reported figures (ước thực hiện, thực hiện) of an indicator for an area and a period, every change audited.
 * The entry form reads the plan to know which indicators are due and to show each target beside its input.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Số liệu",
        allowedDependencies = { "area", "indicator", "plan", "account", "cycle", "shared :: web", "shared :: files" })
package vn.ktxh.data;
