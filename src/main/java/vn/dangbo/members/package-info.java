/**
 * The member registry: profiles, the lifecycle (admission, probation, recognition, transfer,
 * exemption, removal, death) with a timeline and change history, search, statistics, and xlsx
 * import and export. Refers to cells by id and moves members when cells merge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members", allowedDependencies = "organization")
@org.jspecify.annotations.NullMarked
package vn.dangbo.members;
