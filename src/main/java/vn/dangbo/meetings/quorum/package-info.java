/**
 * The R25 rule of a cell's decisions, plain Java without Spring or JPA: who counts in the base,
 * whether the meeting is quorate and whether a resolution stands. Used by the demo data too.
 */
@org.springframework.modulith.NamedInterface("quorum")
@org.jspecify.annotations.NullMarked
package vn.dangbo.meetings.quorum;
