package vn.htx.portal.pages;

/** What a page shows below its own text, drawn from the organisation's records. */
public enum PageBlock {
    NONE,
    /** The organisation chart: every unit in its tree, with its functions and contacts. */
    ORGANISATION,
    /** The leaders: photo, position, short biography, official e-mail and phone. */
    LEADERS,
    /** The site's contact details and every unit's address, phone and e-mail. */
    CONTACT
}
