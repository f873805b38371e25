package vn.htx.portal.users;

/** What a staff member may do. Editors and authors act only in the categories assigned to them. */
public enum Role {
    /** Quản trị: everything. */
    ADMIN,
    /** Biên tập: review, return, publish and unpublish. */
    EDITOR,
    /** Phóng viên: write and submit for review. */
    AUTHOR;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean canPublish() {
        return this == ADMIN || this == EDITOR;
    }
}
