/**
 * The party organization tree: the committee and its cells, restructurings (merges) with their
 * decisions, and the positions (secretary, deputy, committee member) held for a term. Refers to
 * members by id only; their names and counts come through {@link vn.dangbo.organization.MemberDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
@org.jspecify.annotations.NullMarked
package vn.dangbo.organization;
