package vn.ktxh.extraction;

/** An indicator of the catalogue as the extractor sees it: its code, Vietnamese name and unit ("TNS01", "Thu ngân sách trên địa bàn", "triệu đồng"). */
public record CatalogEntry(String code, String name, String unit) {}
