package vn.htx.portal.pages;

import java.util.Arrays;
import java.util.List;

/** A unit of the organisation with its people and the units under it. */
public record OrgUnitView(
        long id,
        String name,
        UnitKind kind,
        String functions,
        String address,
        String phone,
        String email,
        List<OrgPersonView> people,
        List<OrgUnitView> children) {

    public List<String> functionLines() {
        return functions == null
                ? List.of()
                : functions.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public boolean hasContacts() {
        return address != null || phone != null || email != null;
    }

    static List<String> paragraphs(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.strip().split("\\R\\s*\\R"))
                        .map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                        .filter(p -> !p.isEmpty())
                        .toList();
    }
}
