/**
 * Congresses and their elections: who may vote, the base N of every vote, ballots, counting and
 * results. {@code counting} is the pure engine (java.* only); {@code ballotlog} exports a counted
 * round as a hash-chained ballot log, and {@link vn.dangbo.congress.Recount} recounts one without
 * a database or server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Congress", allowedDependencies = {"members", "organization"})
@org.jspecify.annotations.NullMarked
package vn.dangbo.congress;
