/**
 * Văn bản báo cáo: the report on the socio-economic plan of an area for a period, with its annexes, built once
 * as a model and printed as .docx, .pdf and .xlsx in the format of Nghị định 30/2020/NĐ-CP; the narrative text
 * users write per sector, the section on public investment, and the document's particulars (số, ngày, người ký, nơi nhận).
 */
@ApplicationModule(
        displayName = "Văn bản báo cáo",
        allowedDependencies = {"area", "indicator", "plan", "data", "evaluation", "account", "cycle", "investment"})
package vn.ktxh.document;

import org.springframework.modulith.ApplicationModule;
