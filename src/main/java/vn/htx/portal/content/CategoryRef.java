package vn.htx.portal.content;

/** A news category as the public pages show it. */
public record CategoryRef(long id, String name, String slug) {}
