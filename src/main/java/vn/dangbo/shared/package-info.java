/**
 * What every module shares: Vietnamese text (folding, collation, name parts), the time zone and
 * date formats, the page layout and xlsx helpers. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
@org.jspecify.annotations.NullMarked
package vn.dangbo.shared;
