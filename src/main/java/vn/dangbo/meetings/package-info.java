/**
 * Cell meetings (sinh hoạt chi bộ): notice and invitations, linked documents of the handbook's
 * library, attendance with the R25 counts ({@code quorum}, plain Java), minutes and the meeting's
 * resolution in the party document format, and each member's calendar feed.
 * Refers to cells, members and documents by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings", allowedDependencies = {"members", "organization", "handbook"})
@org.jspecify.annotations.NullMarked
package vn.dangbo.meetings;
