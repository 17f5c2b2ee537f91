/**
 * Đọc văn bản: turns a plan or report (.txt, .docx, .pdf with text) into indicator statements — a value with its
 * unit, comparator, kind, period and the % of plan or change that qualify it — under the labelling rules of the
 * extraction benchmark. Plain Java rules; the command line door is {@link vn.ktxh.extraction.ExtractionCommands}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đọc văn bản")
package vn.ktxh.extraction;
