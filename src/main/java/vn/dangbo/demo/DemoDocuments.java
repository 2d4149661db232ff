package vn.dangbo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dangbo.handbook.DocumentForm;
import vn.dangbo.handbook.DocumentLibrary;
import vn.dangbo.handbook.DocumentType;
import vn.dangbo.handbook.DocumentVisibility;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Loads the documents of the Resolution TW4 (XII) study after the organization: the central
 * documents by their public numbers, dates and titles, with summaries of our own, and the demo
 * organization's own plan and notices (invented), one of them for the committee only.
 */
@Component
class DemoDocuments {

    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);
    private static final Viewer SYSTEM = new Viewer("hệ thống", Set.of(Viewer.ADMIN), null, null);
    static final String CENTRAL = "Ban Chấp hành Trung ương";
    static final String LOCAL = "Đảng ủy Sở Khoa học và Công nghệ";

    private final OrganizationDirectory organization;
    private final DocumentLibrary library;

    DemoDocuments(OrganizationDirectory organization, DocumentLibrary library) {
        this.organization = organization;
        this.library = library;
    }

    static List<DocumentForm> documents() {
        DocumentVisibility all = DocumentVisibility.ALL_MEMBERS;
        return List.of(
                new DocumentForm(DocumentType.RESOLUTION, "04-NQ/TW", CENTRAL, LocalDate.of(2016, 10, 30),
                        "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; "
                                + "ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện "
                                + "\"tự diễn biến\", \"tự chuyển hóa\" trong nội bộ",
                        "Nghị quyết chỉ ra những biểu hiện suy thoái cần nhận diện trong mỗi tổ chức đảng và mỗi đảng viên, "
                                + "chia thành ba nhóm, và đề ra các nhóm giải pháp về tự phê bình và phê bình, cơ chế, chính sách, "
                                + "kiểm tra, giám sát và phát huy vai trò của nhân dân.",
                        "Tóm tắt để học tập tại chi bộ (do chi bộ biên soạn).\n"
                                + "1. Nhận diện: mỗi đảng viên tự soi, tự sửa theo các biểu hiện suy thoái về tư tưởng chính trị, "
                                + "về đạo đức, lối sống và \"tự diễn biến\", \"tự chuyển hóa\".\n"
                                + "2. Kiên định đường lối của Đảng, giữ vững nguyên tắc tập trung dân chủ trong sinh hoạt chi bộ.\n"
                                + "3. Tự phê bình và phê bình thẳng thắn; cấp trên làm gương cho cấp dưới.\n"
                                + "4. Mỗi đảng viên xây dựng kế hoạch khắc phục và báo cáo kết quả hằng năm.", all),
                new DocumentForm(DocumentType.DIRECTIVE, "05-CT/TW", "Bộ Chính trị", LocalDate.of(2016, 5, 15),
                        "Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                        "Chỉ thị yêu cầu đưa việc học tập và làm theo Bác thành việc làm thường xuyên của mỗi tổ chức đảng, "
                                + "gắn với nhiệm vụ chính trị và trách nhiệm nêu gương của người đứng đầu.",
                        "Gợi ý cho chi bộ: mỗi năm chọn một chuyên đề, mỗi đảng viên đăng ký một việc làm theo cụ thể "
                                + "và báo cáo kết quả trong sinh hoạt chi bộ hằng tháng.", all),
                new DocumentForm(DocumentType.REGULATION, "08-QĐi/TW", CENTRAL, LocalDate.of(2018, 10, 25),
                        "Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, "
                                + "Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương",
                        "Quy định nêu những việc cán bộ, đảng viên phải làm gương: về tư tưởng chính trị, đạo đức, lối sống, "
                                + "tác phong và trong thực hiện nhiệm vụ được giao; chức vụ càng cao càng phải gương mẫu.",
                        "", all),
                new DocumentForm(DocumentType.CONCLUSION, "21-KL/TW", CENTRAL, LocalDate.of(2021, 10, 25),
                        "Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn "
                                + "Đảng và hệ thống chính trị",
                        "Kết luận tiếp nối Nghị quyết Trung ương 4 khóa XII, nhấn mạnh xử lý nghiêm cán bộ, đảng viên suy thoái "
                                + "và gắn việc xây dựng Đảng với xây dựng hệ thống chính trị trong sạch, vững mạnh.",
                        "", all),
                new DocumentForm(DocumentType.GUIDANCE, "36-HD/VPTW", "Văn phòng Trung ương Đảng", LocalDate.of(2018, 4, 3),
                        "Hướng dẫn thể thức và kỹ thuật trình bày văn bản của Đảng",
                        "Hướng dẫn cách trình bày tiêu đề, số và ký hiệu, địa danh và ngày tháng, trích yếu và chữ ký "
                                + "trong văn bản của các tổ chức đảng.",
                        "", all),
                new DocumentForm(DocumentType.PLAN, "15-KH/ĐU", LOCAL, LocalDate.of(2016, 11, 20),
                        "Kế hoạch học tập, quán triệt và thực hiện Nghị quyết Trung ương 4 khóa XII",
                        "Các chi bộ tổ chức học tập nghị quyết trong tháng 12/2016; mỗi đảng viên viết bài thu hoạch "
                                + "và bản tự kiểm điểm theo các biểu hiện suy thoái.",
                        "Thời gian: hoàn thành trước ngày 31/12/2016. Địa điểm: hội trường Sở. "
                                + "Đường dẫn tài liệu được gửi tới các chi bộ.", all),
                new DocumentForm(DocumentType.NOTICE, "27-TB/ĐU", LOCAL, LocalDate.of(2017, 1, 16),
                        "Thông báo biểu dương chi bộ và đảng viên tiêu biểu trong học tập Nghị quyết Trung ương 4",
                        "Đảng ủy biểu dương, tuyên dương các chi bộ hoàn thành sớm việc học tập và các đảng viên có bài thu hoạch tốt.",
                        "", all),
                new DocumentForm(DocumentType.NOTICE, "31-TB/ĐU", LOCAL, LocalDate.of(2017, 2, 10),
                        "Thông báo kết quả kiểm điểm tự phê bình và phê bình của Ban Thường vụ Đảng ủy",
                        "Kết quả kiểm điểm, những hạn chế đã nhận và hướng khắc phục; chỉ lưu hành trong cấp ủy.",
                        "", DocumentVisibility.COMMITTEE_ONLY));
    }

    boolean loadIfEmpty() {
        if (organization.committee().isEmpty() || !library.isEmpty()) {
            return false;
        }
        documents().forEach(form -> library.add(SYSTEM, form));
        log.info("Demo data loaded: {} documents of the Resolution TW4 (XII) study", documents().size());
        return true;
    }

}
