/** Số liệu: reported figures (ước thực hiện, thực hiện) of an indicator for an area and a period, every change audited. */
@org.springframework.modulith.ApplicationModule(displayName = "Số liệu", allowedDependencies = { "area", "indicator" })
package vn.ktxh.data;
