package vn.dangbo.shared;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A workbook ready to send: an ASCII file name and how to write it. Access has been checked when
 * one is made, so a controller can set its headers before the first byte goes out.
 */
public record SpreadsheetFile(String fileName, Writer writer) {

    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public SpreadsheetFile {
        if (!fileName.matches("[A-Za-z0-9._-]+\\.xlsx")) {
            throw new IllegalArgumentException("file names are plain ASCII: " + fileName);
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        writer.writeTo(out);
    }

    /** As a download: written straight to the response, so a long list is never held twice in memory. */
    public void send(HttpServletResponse response) throws IOException {
        response.setContentType(Spreadsheets.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        writer.writeTo(response.getOutputStream());
    }
}
