/**
 * Trao đổi số liệu: the Excel template of an area and a period, and the upload of a filled template or a CSV file,
 * checked whole, shown as a preview of what will change, then stored all together through the data module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trao đổi số liệu (Excel, CSV)",
        allowedDependencies = { "area", "indicator", "plan", "data" })
package vn.ktxh.exchange;
