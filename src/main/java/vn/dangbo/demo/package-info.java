/**
 * Demo data: the organization of our first users as it stands (4 cells, 33 invented members,
 * the 09/2018 merge, positions and demo accounts), the documents of the Resolution TW4 (XII)
 * study, a year of cell meetings, the portal's news, and a province-scale generator for benchmarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"organization", "members", "accounts", "congress", "handbook", "meetings", "meetings::quorum", "portal"})
@org.jspecify.annotations.NullMarked
package vn.dangbo.demo;
