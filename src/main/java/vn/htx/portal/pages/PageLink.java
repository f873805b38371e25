package vn.htx.portal.pages;

/** A page as a link: its title and its public address. */
public record PageLink(String title, String href) {}
