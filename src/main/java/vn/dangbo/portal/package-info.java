/**
 * Portal: the agency's public news site — sections, articles with captioned photos and tags,
 * search, RSS and the sitemap — and the publication of scheduled articles on time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {"shared", "congress", "handbook"})
@org.jspecify.annotations.NullMarked
package vn.dangbo.portal;
