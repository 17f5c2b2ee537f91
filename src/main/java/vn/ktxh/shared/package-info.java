/** Values every module speaks: Vietnamese numbers, periods, units of measure, folded text, rejected input. */
package vn.ktxh.shared;
