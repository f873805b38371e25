package vn.htx.portal.pages.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.pages.OrgPersonView;
import vn.htx.portal.pages.OrgUnitView;

/** The organisation as the public sees it, each view in two statements whatever its size. */
@Component
@Transactional(readOnly = true)
public class OrganisationReader {

    private final OrgUnitRepository units;
    private final OrgPersonRepository people;

    OrganisationReader(OrgUnitRepository units, OrgPersonRepository people) {
        this.units = units;
        this.people = people;
    }

    /** The top units, each with its people and the units under it, in their order. */
    public List<OrgUnitView> chart() {
        List<OrgUnit> all = units.findAllByOrderBySortOrderAscNameAscIdAsc();
        Map<Long, String> names = namesOf(all);
        Map<Long, List<OrgPersonView>> peopleByUnit = new HashMap<>();
        for (OrgPerson p : people.findAllByOrderBySortOrderAscFullNameAscIdAsc()) {
            peopleByUnit.computeIfAbsent(p.getUnitId(), u -> new ArrayList<>()).add(view(p, names));
        }
        Map<Long, List<OrgUnit>> childrenOf = new LinkedHashMap<>();
        for (OrgUnit u : all) {
            childrenOf.computeIfAbsent(u.getParentId(), p -> new ArrayList<>()).add(u);
        }
        return branch(null, childrenOf, peopleByUnit, 0);
    }

    private static List<OrgUnitView> branch(
            Long parentId,
            Map<Long, List<OrgUnit>> childrenOf,
            Map<Long, List<OrgPersonView>> peopleByUnit,
            int depth) {
        if (depth > 10) { // a loop in the data must not loop the page: the manager refuses to make one
            return List.of();
        }
        List<OrgUnitView> views = new ArrayList<>();
        for (OrgUnit u : childrenOf.getOrDefault(parentId, List.of())) {
            views.add(new OrgUnitView(
                    u.getId(),
                    u.getName(),
                    u.getKind(),
                    u.getFunctions(),
                    u.getAddress(),
                    u.getPhone(),
                    u.getEmail(),
                    List.copyOf(peopleByUnit.getOrDefault(u.getId(), List.of())),
                    branch(u.getId(), childrenOf, peopleByUnit, depth + 1)));
        }
        return List.copyOf(views);
    }

    /** The people marked as leaders, in their order, each with the name of their unit. */
    public List<OrgPersonView> leaders() {
        List<OrgPerson> leaders = people.findByLeaderTrueOrderBySortOrderAscFullNameAscIdAsc();
        if (leaders.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = namesOf(units.findAllById(
                leaders.stream().map(OrgPerson::getUnitId).distinct().toList()));
        return leaders.stream().map(p -> view(p, names)).toList();
    }

    private static Map<Long, String> namesOf(List<OrgUnit> units) {
        Map<Long, String> names = new HashMap<>();
        for (OrgUnit u : units) {
            names.put(u.getId(), u.getName());
        }
        return names;
    }

    private static OrgPersonView view(OrgPerson p, Map<Long, String> unitNames) {
        return new OrgPersonView(
                p.getId(),
                p.getFullName(),
                p.getPosition(),
                unitNames.get(p.getUnitId()),
                p.getPhotoUrl(),
                p.getBiography(),
                p.getEmail(),
                p.getPhone());
    }
}
