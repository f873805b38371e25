package vn.htx.portal.pages.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.pages.OrgPersonView;
import vn.htx.portal.pages.OrgUnitView;
import vn.htx.portal.pages.PageBlock;
import vn.htx.portal.pages.PageLink;
import vn.htx.portal.pages.PublicPage;
import vn.htx.portal.shared.HtmlPolicy;
import vn.htx.portal.shared.VietnameseText;

/** Pages as visitors see them: public only when the page and every page above it are published. */
@Component
@Transactional(readOnly = true)
public class PageReader {

    private static final int DESCRIPTION_LENGTH = 160;
    private static final Comparator<PagePath> IN_ORDER = Comparator.comparingInt(PagePath::sortOrder)
            .thenComparing(PagePath::title)
            .thenComparingLong(PagePath::id);

    private final SitePageRepository pages;
    private final OrganisationReader organisation;

    PageReader(SitePageRepository pages, OrganisationReader organisation) {
        this.pages = pages;
        this.organisation = organisation;
    }

    /** The published page at this address (without its leading slash), if it and its ancestors are public. */
    public Optional<PublicPage> published(String path) {
        Optional<SitePage> found = pages.findByPath(path).filter(SitePage::isPublished);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> above = ancestorPaths(path);
        List<SitePage> ancestors =
                above.isEmpty() ? List.of() : pages.findByPathInAndStatus(above, PageStatus.PUBLISHED);
        if (ancestors.size() != above.size()) {
            return Optional.empty();
        }
        return Optional.of(view(found.get(), ancestors));
    }

    /** Any page as it would look once published, for its editors; its ancestors whatever their status. */
    public PublicPage preview(SitePage page) {
        List<String> above = ancestorPaths(page.getPath());
        List<SitePage> ancestors = new ArrayList<>();
        for (String path : above) {
            pages.findByPath(path).ifPresent(ancestors::add);
        }
        return view(page, ancestors);
    }

    /** Every public page's place, for menus and the sitemap: a page whose parent is hidden is hidden too. */
    public List<PagePath> publicPaths() {
        List<PagePath> published = pages.publishedPaths();
        Map<String, PagePath> byPath = new HashMap<>();
        for (PagePath p : published) {
            byPath.put(p.path(), p);
        }
        return published.stream()
                .filter(p -> allAbovePublished(p, byPath))
                .sorted(Comparator.comparing(PagePath::path))
                .toList();
    }

    private static boolean allAbovePublished(PagePath page, Map<String, PagePath> byPath) {
        for (String parent = page.parentPath();
                parent != null;
                parent = byPath.get(parent).parentPath()) {
            if (!byPath.containsKey(parent)) {
                return false;
            }
        }
        return true;
    }

    private PublicPage view(SitePage page, List<SitePage> ancestors) {
        List<SitePage> ordered = ancestors.stream()
                .sorted(Comparator.comparingInt(a -> a.getPath().length()))
                .toList();
        List<PageLink> breadcrumb = ordered.stream().map(PageReader::link).toList();
        PageLink section;
        List<PageLink> sectionPages;
        if (page.getParentId() == null) {
            section = link(page);
            sectionPages = links(pages.publishedChildren(page.getId()));
        } else {
            SitePage parent = ordered.get(ordered.size() - 1);
            section = link(parent);
            sectionPages = links(pages.publishedChildren(parent.getId()));
        }
        List<OrgUnitView> units = page.getBlock() == PageBlock.ORGANISATION || page.getBlock() == PageBlock.CONTACT
                ? organisation.chart()
                : List.of();
        List<OrgPersonView> leaders = page.getBlock() == PageBlock.LEADERS ? organisation.leaders() : List.of();
        String description = page.getSummary() != null
                ? page.getSummary()
                : VietnameseText.truncate(HtmlPolicy.plainText(page.getBody()), DESCRIPTION_LENGTH);
        return new PublicPage(
                page.getId(),
                page.getTitle(),
                "/" + page.getPath(),
                description.isBlank() ? page.getTitle() : description,
                page.getBody(),
                page.getBlock(),
                page.getUpdatedAt(),
                breadcrumb,
                sectionPages.isEmpty() ? null : section,
                sectionPages,
                units,
                leaders);
    }

    private static List<PageLink> links(List<PagePath> paths) {
        return paths.stream()
                .sorted(IN_ORDER)
                .map(p -> new PageLink(p.title(), p.href()))
                .toList();
    }

    private static PageLink link(SitePage page) {
        return new PageLink(page.getTitle(), "/" + page.getPath());
    }

    /** "a/b/c" → ["a", "a/b"]. */
    static List<String> ancestorPaths(String path) {
        List<String> above = new ArrayList<>();
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            above.add(path.substring(0, slash));
        }
        return above;
    }
}
