package vn.htx.portal.pages;

/** A person of the organisation as the public pages show them. */
public record OrgPersonView(
        long id,
        String fullName,
        String position,
        String unitName,
        String photoUrl,
        String biography,
        String email,
        String phone) {

    /** The first letter of the given name (the last word), shown where there is no photo. */
    public String initial() {
        String name = fullName.strip();
        return name.substring(name.lastIndexOf(' ') + 1, name.lastIndexOf(' ') + 2);
    }

    /** The biography's paragraphs, as typed: one per blank-line-separated block. */
    public java.util.List<String> biographyParagraphs() {
        return OrgUnitView.paragraphs(biography);
    }
}
