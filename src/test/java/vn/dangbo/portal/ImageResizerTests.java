package vn.dangbo.portal;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageResizerTests {

    static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xB3161B));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PNG of a few dozen bytes whose header claims the given size (its pixels never follow). */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }

    @Test
    void makesTheStandardWidthsOfALargePhotoInItsOwnFormat() throws IOException {
        ImageResizer.Resized resized = ImageResizer.resize(image(2400, 1350, "jpg"));
        assertThat(resized.format()).isEqualTo("jpg");
        assertThat(resized.files().keySet()).containsExactly(480, 960, 1600);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(resized.files().get(480)));
        assertThat(small.getWidth()).isEqualTo(480);
        assertThat(small.getHeight()).isEqualTo(270);
    }

    @Test
    void neverUpscalesASmallPhoto() throws IOException {
        assertThat(ImageResizer.resize(image(1200, 800, "png")).files().keySet()).containsExactly(480, 960, 1200);
        ImageResizer.Resized tiny = ImageResizer.resize(image(300, 200, "png"));
        assertThat(tiny.format()).isEqualTo("png");
        assertThat(tiny.files().keySet()).containsExactly(300);
    }

    @Test
    void refusesAScriptRenamedAsAPhoto() {
        byte[] php = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImageResizer.resize(php)).isInstanceOf(PortalException.class)
                .hasMessageContaining("không phải ảnh JPEG hoặc PNG");
        byte[] gif = "GIF89a.....".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> ImageResizer.resize(gif)).hasMessageContaining("không phải ảnh JPEG hoặc PNG");
        assertThatThrownBy(() -> ImageResizer.resize(new byte[0])).hasMessageContaining("tệp rỗng");
    }

    @Test
    void refusesADecompressionBombFromItsHeaderAlone() {
        byte[] bomb = pngHeader(20_000, 20_000);
        assertThat(bomb.length).isLessThan(100);
        assertThatThrownBy(() -> ImageResizer.resize(bomb)).isInstanceOf(PortalException.class)
                .hasMessageContaining("20000 × 20000").hasMessageContaining("40 triệu điểm ảnh");
    }

    @Test
    void refusesATruncatedPhotoAndOneOverTenMegabytes() throws IOException {
        byte[] jpeg = image(800, 600, "jpg");
        byte[] cut = java.util.Arrays.copyOf(jpeg, 40);
        assertThatThrownBy(() -> ImageResizer.resize(cut)).isInstanceOf(PortalException.class).hasMessageContaining("Không đọc được ảnh");
        byte[] huge = java.util.Arrays.copyOf(jpeg, 10 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> ImageResizer.resize(huge)).hasMessageContaining("10 MB");
    }
}
