/** What every page shares: the htmx helper, the navigation, refusals shown as a page. */
@NamedInterface("web")
package vn.ktxh.shared.web;

import org.springframework.modulith.NamedInterface;
