package vn.dangbo.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A document an official prints and signs, laid out by the party's document format (Hướng dẫn
 * 36-HD/VPTW): the issuing body and its number on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place
 * and date line on the right, the document's kind and summary centred, the body, the signature
 * block and the list of recipients. {@link PartyDocumentWriter} renders it as DOCX and as PDF.
 *
 * @param superiorBody the body above the issuer (e.g. "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH"); may be empty
 * @param issuingBody the issuer (e.g. "CHI BỘ PHÒNG QUẢN LÝ KHOA HỌC")
 * @param number the number and symbol after "Số" (e.g. "05-BB/CB"); empty prints "Số      -BB/CB" blanks
 * @param place the place of the date line (e.g. "Hà Tĩnh")
 * @param kind the document's name (e.g. "BIÊN BẢN", "NGHỊ QUYẾT")
 * @param summary what it is about (trích yếu), e.g. "họp chi bộ thường kỳ tháng 11 năm 2026"
 */
public record PartyDocument(String superiorBody, String issuingBody, String number, String place, LocalDate date,
                            String kind, String summary, List<Block> body, List<Signature> signatures,
                            List<String> recipients) {

    public PartyDocument {
        body = List.copyOf(body);
        signatures = List.copyOf(signatures);
        recipients = List.copyOf(recipients);
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Field, Bullets, Table {
    }

    /** A bold line, e.g. "I. THÀNH PHẦN THAM DỰ". */
    public record Heading(String text) implements Block {
    }

    /** Body text: justified with the first line indented. */
    public record Paragraph(String text) implements Block {
    }

    /** "Label: value" on one line, the label bold. */
    public record Field(String label, String value) implements Block {
    }

    /** A dashed list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table with a header row; every row has as many cells as there are headers. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells for " + headers.size() + " headers");
                }
            }
        }
    }

    /**
     * One signature: on whose behalf (e.g. "T/M CHI BỘ", may be empty), the title ("BÍ THƯ",
     * "THƯ KÝ") and the signer's name. With two, the first signs on the left.
     */
    public record Signature(String onBehalfOf, String title, String name) {
    }

    /** The date line: "Hà Tĩnh, ngày 28 tháng 5 năm 2020" (days and months below 10 with a leading zero, as the format asks). */
    public String placeAndDate() {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        // The format writes days below 10 and the months January and February with a leading zero.
        String dd = day < 10 ? "0" + day : String.valueOf(day);
        String mm = month < 3 ? "0" + month : String.valueOf(month);
        return place + ", ngày " + dd + " tháng " + mm + " năm " + date.getYear();
    }

    public String numberLine() {
        return "Số " + (number.isBlank() ? "       " : number);
    }
}
