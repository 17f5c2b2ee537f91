/** File formats every module reads and writes alike: CSV (Apache Commons CSV). */
@org.springframework.modulith.NamedInterface("files")
package vn.ktxh.shared.files;
