package vn.htx.portal.content.domain;

/** A category as the administrators' pages show and edit it. */
public record CategoryView(
        long id, String name, String slug, String description, int sortOrder, boolean showInMenu, long version) {}
