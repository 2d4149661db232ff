package vn.dangbo.portal;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Photos made on the spot for tests that upload one. */
public final class ImageFixtures {

    private ImageFixtures() {
    }

    public static byte[] jpeg(int width, int height) {
        try {
            return ImageResizerTests.image(width, height, "jpg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
