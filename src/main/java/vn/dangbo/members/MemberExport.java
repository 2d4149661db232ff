package vn.dangbo.members;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.SpreadsheetFile;
import vn.dangbo.shared.Viewer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The filtered member list as an xlsx in the columns of the import template. */
@Service
public class MemberExport {

    private final MemberRegistry registry;
    private final MessageSource messages;
    private final OrganizationDirectory organization;

    MemberExport(MemberRegistry registry, MessageSource messages, OrganizationDirectory organization) {
        this.registry = registry;
        this.organization = organization;
        this.messages = messages;
    }

    /**
     * The rows are read now, so a refusal comes before the download starts. The file carries citizen
     * ids and phone numbers, so only those who may open every record on their list get it: the
     * committee and a cell's secretary, not a member who sees names only.
     */
    public SpreadsheetFile export(MemberQuery query, Viewer viewer) {
        viewer.require(mayExport(viewer));
        List<MemberView> rows = registry.all(query, viewer);
        MemberSpreadsheet format = new MemberSpreadsheet(MemberSpreadsheet.labels(messages), List.of(), registry.today());
        return new SpreadsheetFile("danh-sach-dang-vien-" + registry.today() + ".xlsx", out -> format.writeMembers(rows, out));
    }

    /** New members (not yet on record) as a file in the template's columns, ready to import. */
    public void writeImportFile(List<MemberData> rows, OutputStream out) throws IOException {
        MemberSpreadsheet format = new MemberSpreadsheet(MemberSpreadsheet.labels(messages), List.of(), registry.today());
        Map<Long, String> cells = organization.namesOf(rows.stream().map(MemberData::cellId).filter(Objects::nonNull).toList());
        format.writeMembers(rows.stream().map(row -> Member.of(row, Objects.requireNonNullElse(row.kind(), MembershipKind.OFFICIAL),
                Standing.ACTIVE).toView(cells.getOrDefault(row.cellId(), ""))).toList(), out);
    }

    public static boolean mayExport(Viewer viewer) {
        return viewer.seesAllCells() || viewer.is(Viewer.CELL_SECRETARY);
    }
}
