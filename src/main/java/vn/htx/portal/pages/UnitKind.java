package vn.htx.portal.pages;

/** What kind of unit of the alliance an organisation unit is. */
public enum UnitKind {
    /** Thường trực, Ban Chấp hành: the alliance's leadership. */
    LEADERSHIP,
    /** Ban: a board or department. */
    BOARD,
    /** Văn phòng. */
    OFFICE,
    /** Trung tâm: a public service centre. */
    CENTRE,
    /** Quỹ: the cooperative development fund. */
    FUND,
    OTHER
}
