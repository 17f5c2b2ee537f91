/** What every page shares: the htmx helper, the navigation, refusals shown as a page. */
@org.springframework.modulith.NamedInterface("web")
package vn.ktxh.shared.web;
