/**
 * The electronic handbook: the document library with its search (an embedded Lucene index behind
 * the {@code DocumentSearch} port), study campaigns on its documents with members' reflections,
 * progress per cell and reminders ({@code StudyCampaignCompleted} at 100%), the catalog of the 27
 * manifestations of Resolution 04-NQ/TW and each member's yearly self-assessment against it and
 * commitment, with the cell's and the committee's summaries.
 * Refers to members and cells by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Handbook", allowedDependencies = {"members", "organization"})
@org.jspecify.annotations.NullMarked
package vn.dangbo.handbook;
