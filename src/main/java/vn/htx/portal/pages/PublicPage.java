package vn.htx.portal.pages;

import java.time.Instant;
import java.util.List;

/**
 * A published page as a visitor sees it: its text, where it sits (breadcrumb of its ancestors, the
 * pages of its section beside it) and what its {@link PageBlock} draws from the organisation.
 */
public record PublicPage(
        long id,
        String title,
        String href,
        String description,
        String body,
        PageBlock block,
        Instant updatedAt,
        List<PageLink> breadcrumb,
        PageLink section,
        List<PageLink> sectionPages,
        List<OrgUnitView> units,
        List<OrgPersonView> leaders) {}
