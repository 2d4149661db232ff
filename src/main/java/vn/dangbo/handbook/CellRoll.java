package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.Standing;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.util.List;

/**
 * Who a handbook summary is about: a cell secretary's own cell (whatever cell the address asks
 * for), or for the committee one cell or the whole organization; and of those, the members
 * expected to take part — active ones, as exempt members are not handbook users (R16).
 */
@Component
class CellRoll {

    record Scope(String name, List<MemberView> expected) {
    }

    private final MemberRegistry registry;
    private final OrganizationDirectory organization;

    CellRoll(MemberRegistry registry, OrganizationDirectory organization) {
        this.registry = registry;
        this.organization = organization;
    }

    Scope of(Viewer viewer, @Nullable Long requestedCell) {
        viewer.require(viewer.seesAllCells() || viewer.is(Viewer.CELL_SECRETARY));
        Long cell = viewer.seesAllCells() ? requestedCell : viewer.cellId();
        viewer.require(cell == null ? viewer.seesAllCells() : viewer.mayListCell(cell));
        String name = cell == null ? organization.committee().map(c -> c.name()).orElse("") : organization.unit(cell).name();
        List<MemberView> expected = registry.all(new MemberQuery(null, cell, null, null, null, null, null, null, false), viewer)
                .stream().filter(m -> m.standing() == Standing.ACTIVE).toList();
        return new Scope(name, expected);
    }

    /** A member's record, for the committee entering what the member did on paper. */
    MemberView member(Viewer viewer, long memberId) {
        viewer.require(viewer.seesAllCells());
        return registry.view(memberId, viewer);
    }

    /** The viewer's own record, for what a member writes or signs themself. */
    MemberView own(Viewer viewer) {
        if (viewer.memberId() == null) {
            throw new HandbookException("Tài khoản này không gắn với hồ sơ đảng viên nào.");
        }
        MemberView member = registry.view(viewer.memberId(), viewer);
        if (member.standing() != Standing.ACTIVE) {
            throw new HandbookException("Đảng viên đang miễn sinh hoạt hoặc không sinh hoạt tại đảng bộ không thuộc diện này.");
        }
        return member;
    }
}
