package vn.htx.portal.users;

/** A staff account as other modules see it: no password hash ever leaves the users module. */
public record StaffMember(
        long id, String username, String displayName, String email, Role role, boolean enabled, long version) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
