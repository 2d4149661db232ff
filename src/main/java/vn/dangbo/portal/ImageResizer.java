package vn.dangbo.portal;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an uploaded photo and makes its responsive widths, with ImageIO only. The file must start
 * with the JPEG or PNG signature (its name says nothing); its pixel size is read from the header
 * before any pixel is decoded, so a small file claiming 20000 × 20000 pixels is refused without
 * allocating the 1.6 GB it would take. Widths are never upscaled.
 */
final class ImageResizer {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The resized files by width, in the format of the original ("jpg" or "png"). */
    record Resized(String format, int width, int height, Map<Integer, byte[]> files) {
    }

    private ImageResizer() {
    }

    static String format(byte[] content) {
        if (startsWith(content, JPEG)) {
            return "jpg";
        }
        if (startsWith(content, PNG)) {
            return "png";
        }
        throw new PortalException("Tệp không phải ảnh JPEG hoặc PNG (đã kiểm tra nội dung tệp, không theo tên tệp).");
    }

    static Resized resize(byte[] content) {
        if (content.length == 0) {
            throw new PortalException("Chưa chọn tệp ảnh, hoặc tệp rỗng.");
        }
        if (content.length > MAX_BYTES) {
            throw new PortalException("Ảnh lớn hơn 10 MB; hãy giảm dung lượng ảnh rồi tải lại.");
        }
        String format = format(content);
        BufferedImage image;
        int width;
        int height;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.equals("jpg") ? "jpeg" : "png");
            if (!readers.hasNext()) {
                throw new PortalException("Không đọc được ảnh.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    throw new PortalException("Ảnh có kích thước " + width + " × " + height
                            + " điểm ảnh, vượt giới hạn 40 triệu điểm ảnh; hãy thu nhỏ ảnh rồi tải lại.");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException p) {
                throw p;
            }
            throw new PortalException("Không đọc được ảnh: tệp bị hỏng hoặc có dạng JPEG/PNG không hỗ trợ.");
        }
        Map<Integer, byte[]> files = new LinkedHashMap<>();
        for (int target : widths(width)) {
            files.put(target, encode(scale(image, target, format), format));
        }
        return new Resized(format, width, height, files);
    }

    /** The widths to make: each standard width smaller than the original, and the original (capped at the largest). */
    static List<Integer> widths(int original) {
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w < original).toList());
        int top = Math.min(original, WIDTHS.getLast());
        if (!widths.contains(top)) {
            widths.add(top);
        }
        return widths;
    }

    private static BufferedImage scale(BufferedImage source, int width, String format) {
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        int type = format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format.equals("png")) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(output);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new PortalException("Không lưu được ảnh.");
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
