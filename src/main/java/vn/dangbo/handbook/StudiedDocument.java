package vn.dangbo.handbook;

/** A document a campaign studies, as shown and announced: its id in the library, number and title. */
public record StudiedDocument(long id, String number, String title) {
}
