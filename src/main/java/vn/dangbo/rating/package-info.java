/**
 * The annual review and quality rating of members and of cells and their leadership collectives:
 * review rounds, proposals and decisions, discipline records and the party development pipeline.
 * The rules themselves live in {@code rating.rules}, a plain-Java engine driven by versioned policies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rating", allowedDependencies = {"members", "organization", "handbook"})
@org.jspecify.annotations.NullMarked
package vn.dangbo.rating;
