/** File formats every module reads and writes alike: CSV (Apache Commons CSV). */
@NamedInterface("files")
package vn.ktxh.shared.files;

import org.springframework.modulith.NamedInterface;
