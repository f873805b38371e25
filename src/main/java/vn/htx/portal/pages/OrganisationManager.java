package vn.htx.portal.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.pages.domain.OrgPerson;
import vn.htx.portal.pages.domain.OrgPersonRepository;
import vn.htx.portal.pages.domain.OrgUnit;
import vn.htx.portal.pages.domain.OrgUnitRepository;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.NotFoundException;

/** Keeping the organisation's units and people: editors and administrators. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
public class OrganisationManager {

    public record UnitDraft(
            Long parentId,
            String name,
            UnitKind kind,
            String functions,
            String address,
            String phone,
            String email,
            int sortOrder) {}

    public record UnitLine(long id, String name, UnitKind kind, int depth, long version) {}

    public record EditableUnit(long id, UnitDraft draft, long version) {}

    public record PersonDraft(
            long unitId,
            String fullName,
            String position,
            String photoUrl,
            String biography,
            String email,
            String phone,
            boolean leader,
            int sortOrder) {}

    public record PersonLine(long id, String fullName, String position, String unitName, boolean leader) {}

    public record EditablePerson(long id, PersonDraft draft, long version) {}

    private final OrgUnitRepository units;
    private final OrgPersonRepository people;
    private final ApplicationEventPublisher events;

    OrganisationManager(OrgUnitRepository units, OrgPersonRepository people, ApplicationEventPublisher events) {
        this.units = units;
        this.people = people;
        this.events = events;
    }

    /** Every unit, each parent followed by the units under it. */
    @Transactional(readOnly = true)
    public List<UnitLine> units() {
        Map<Long, List<OrgUnit>> childrenOf = new HashMap<>();
        for (OrgUnit u : units.findAllByOrderBySortOrderAscNameAscIdAsc()) {
            childrenOf.computeIfAbsent(u.getParentId(), p -> new ArrayList<>()).add(u);
        }
        List<UnitLine> lines = new ArrayList<>();
        addBranch(null, 0, childrenOf, lines);
        return lines;
    }

    private static void addBranch(Long parentId, int depth, Map<Long, List<OrgUnit>> childrenOf, List<UnitLine> lines) {
        for (OrgUnit u : childrenOf.getOrDefault(parentId, List.of())) {
            lines.add(new UnitLine(u.getId(), u.getName(), u.getKind(), depth, u.getVersion()));
            if (depth < 10) {
                addBranch(u.getId(), depth + 1, childrenOf, lines);
            }
        }
    }

    @Transactional(readOnly = true)
    public EditableUnit unit(long id) {
        OrgUnit u = loadUnit(id);
        return new EditableUnit(
                id,
                new UnitDraft(
                        u.getParentId(),
                        u.getName(),
                        u.getKind(),
                        u.getFunctions(),
                        u.getAddress(),
                        u.getPhone(),
                        u.getEmail(),
                        u.getSortOrder()),
                u.getVersion());
    }

    public long saveUnit(Long id, UnitDraft draft, Long basedOn) {
        OrgUnit unit;
        if (id == null) {
            unit = new OrgUnit(draft.name().strip(), draft.kind());
        } else {
            unit = loadUnit(id);
            ConcurrentEditException.requireVersion(unit.getVersion(), basedOn, "unit " + id);
        }
        if (draft.parentId() != null) {
            loadUnitOr(draft.parentId(), "parentId");
            if (id != null && (draft.parentId().equals(id) || isBelow(draft.parentId(), id))) {
                throw new SiteStructureException("parentId", "organisation.parent.loop");
            }
        }
        unit.describe(
                draft.parentId(),
                draft.name().strip(),
                draft.kind() == null ? UnitKind.OTHER : draft.kind(),
                Blank.toNull(draft.functions()),
                Blank.toNull(draft.address()),
                Blank.toNull(draft.phone()),
                Blank.toNull(draft.email()),
                draft.sortOrder());
        units.saveAndFlush(unit);
        events.publishEvent(
                new SiteStructureChanged(SiteStructureChanged.Kind.UNIT_SAVED, unit.getId(), unit.getName(), true));
        return unit.getId();
    }

    /** Whether {@code unitId} hangs (at any depth) under {@code ancestorId}. */
    private boolean isBelow(long unitId, long ancestorId) {
        Map<Long, Long> parentOf = new HashMap<>();
        for (OrgUnit u : units.findAll()) {
            parentOf.put(u.getId(), u.getParentId());
        }
        Long at = parentOf.get(unitId);
        for (int steps = 0; at != null && steps <= parentOf.size(); steps++) {
            if (at == ancestorId) {
                return true;
            }
            at = parentOf.get(at);
        }
        return false;
    }

    /** Deletes a unit that has neither units nor people under it: those are moved or deleted first. */
    public void deleteUnit(long id) {
        OrgUnit unit = loadUnit(id);
        if (units.existsByParentId(id) || people.existsByUnitId(id)) {
            throw new SiteStructureException(null, "organisation.unit.notEmpty");
        }
        units.delete(unit);
        units.flush();
        events.publishEvent(new SiteStructureChanged(SiteStructureChanged.Kind.UNIT_DELETED, id, unit.getName(), true));
    }

    @Transactional(readOnly = true)
    public List<PersonLine> people() {
        Map<Long, String> unitNames = new HashMap<>();
        units.findAll().forEach(u -> unitNames.put(u.getId(), u.getName()));
        return people.findAllByOrderBySortOrderAscFullNameAscIdAsc().stream()
                .map(p -> new PersonLine(
                        p.getId(), p.getFullName(), p.getPosition(), unitNames.get(p.getUnitId()), p.isLeader()))
                .toList();
    }

    @Transactional(readOnly = true)
    public EditablePerson person(long id) {
        OrgPerson p = loadPerson(id);
        return new EditablePerson(
                id,
                new PersonDraft(
                        p.getUnitId(),
                        p.getFullName(),
                        p.getPosition(),
                        p.getPhotoUrl(),
                        p.getBiography(),
                        p.getEmail(),
                        p.getPhone(),
                        p.isLeader(),
                        p.getSortOrder()),
                p.getVersion());
    }

    /** Refuses a person whose unit is gone before their photo is uploaded. */
    @Transactional(readOnly = true)
    public void checkPerson(PersonDraft draft) {
        loadUnitOr(draft.unitId(), "unitId");
    }

    public long savePerson(Long id, PersonDraft draft, Long basedOn) {
        checkPerson(draft);
        OrgPerson person;
        if (id == null) {
            person = new OrgPerson(
                    draft.unitId(), draft.fullName().strip(), draft.position().strip());
        } else {
            person = loadPerson(id);
            ConcurrentEditException.requireVersion(person.getVersion(), basedOn, "person " + id);
        }
        person.describe(
                draft.unitId(),
                draft.fullName().strip(),
                draft.position().strip(),
                Blank.toNull(draft.photoUrl()),
                Blank.toNull(draft.biography()),
                Blank.toNull(draft.email()),
                Blank.toNull(draft.phone()),
                draft.leader(),
                draft.sortOrder());
        people.saveAndFlush(person);
        events.publishEvent(new SiteStructureChanged(
                SiteStructureChanged.Kind.PERSON_SAVED, person.getId(), person.getFullName(), true));
        return person.getId();
    }

    public void deletePerson(long id) {
        OrgPerson person = loadPerson(id);
        people.delete(person);
        people.flush();
        events.publishEvent(
                new SiteStructureChanged(SiteStructureChanged.Kind.PERSON_DELETED, id, person.getFullName(), true));
    }

    private OrgUnit loadUnit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit " + id));
    }

    private OrgUnit loadUnitOr(long id, String field) {
        return units.findById(id).orElseThrow(() -> new SiteStructureException(field, "organisation.unit.missing"));
    }

    private OrgPerson loadPerson(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("person " + id));
    }
}
