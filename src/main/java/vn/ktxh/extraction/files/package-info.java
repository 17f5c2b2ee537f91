/** Readers of file formats (Word through Apache POI, PDF through PDFBox): adapters, internal to the extraction module. */
package vn.ktxh.extraction.files;
