/** The help page and the search page. */
package vn.ktxh.guide.web;
