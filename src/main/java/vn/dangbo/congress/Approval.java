package vn.dangbo.congress;

import java.time.LocalDate;

/**
 * The higher committee's approval (chuẩn y) of an election's results (R26).
 *
 * @param decisionNumber the decision's number and symbol, e.g. "125-QĐ/ĐUK"
 * @param body           the approving committee, e.g. "Ban Thường vụ Đảng ủy Khối"
 */
public record Approval(String decisionNumber, LocalDate decidedOn, String body) {
}
