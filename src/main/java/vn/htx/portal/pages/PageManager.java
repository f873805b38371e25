package vn.htx.portal.pages;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.pages.domain.PagePath;
import vn.htx.portal.pages.domain.PageReader;
import vn.htx.portal.pages.domain.PageStatus;
import vn.htx.portal.pages.domain.SitePage;
import vn.htx.portal.pages.domain.SitePageRepository;
import vn.htx.portal.pages.domain.SitePageRevision;
import vn.htx.portal.pages.domain.SitePageRevisionRepository;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.HtmlPolicy;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.Slug;

/** Writing the alliance's own pages: editors and administrators. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
public class PageManager {

    /**
     * First segments a top-level page may not take: the portal's own addresses (and those of the
     * features it will grow), which a page would otherwise hide or be hidden by.
     */
    static final Set<String> RESERVED = Set.of(
            "actuator",
            "api",
            "assets",
            "bai-viet",
            "chuyen-muc",
            "dang-nhap",
            "dang-xuat",
            "error",
            "hoi-dap",
            "media",
            "quan-tri",
            "thong-bao",
            "thong-ke",
            "thu-vien-anh",
            "tim-kiem",
            "van-ban",
            "video",
            "webjars",
            "thi-dua-khen-thuong");

    /** What the form sends. */
    public record Draft(
            String title, String slug, Long parentId, String summary, String body, PageBlock block, int sortOrder) {}

    /** A page in the back office, whatever its status. */
    public record Editable(
            long id,
            String title,
            String slug,
            String path,
            Long parentId,
            String summary,
            String body,
            PageBlock block,
            int sortOrder,
            boolean published,
            boolean publicNow,
            Instant updatedAt,
            String updatedBy,
            long version) {

        public String href() {
            return "/" + path;
        }
    }

    /** A line of the page tree: indented by depth. */
    public record TreeLine(long id, String title, String path, int depth, boolean published) {

        public String href() {
            return "/" + path;
        }
    }

    public record Revision(
            int revisionNo, String title, String summary, String body, String createdBy, Instant createdAt) {}

    private final SitePageRepository pages;
    private final SitePageRevisionRepository revisions;
    private final PageReader reader;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PageManager(
            SitePageRepository pages,
            SitePageRevisionRepository revisions,
            PageReader reader,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pages = pages;
        this.revisions = revisions;
        this.reader = reader;
        this.events = events;
        this.clock = clock;
    }

    /** Every page, each parent followed by its children, in their order. */
    @Transactional(readOnly = true)
    public List<TreeLine> tree() {
        List<PagePath> all = pages.allPaths();
        Set<Long> publicIds = new java.util.HashSet<>();
        reader.publicPaths().forEach(p -> publicIds.add(p.id()));
        Map<Long, List<PagePath>> childrenOf = new HashMap<>();
        for (PagePath p : all) {
            childrenOf.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
        }
        List<TreeLine> lines = new ArrayList<>();
        addBranch(null, childrenOf, publicIds, lines);
        return lines;
    }

    private static void addBranch(
            Long parentId, Map<Long, List<PagePath>> childrenOf, Set<Long> publicIds, List<TreeLine> lines) {
        List<PagePath> children = new ArrayList<>(childrenOf.getOrDefault(parentId, List.of()));
        children.sort(Comparator.comparingInt(PagePath::sortOrder)
                .thenComparing(PagePath::title)
                .thenComparingLong(PagePath::id));
        for (PagePath p : children) {
            lines.add(new TreeLine(p.id(), p.title(), p.path(), p.depth(), publicIds.contains(p.id())));
            addBranch(p.id(), childrenOf, publicIds, lines);
        }
    }

    @Transactional(readOnly = true)
    public Editable get(long id) {
        return toEditable(load(id));
    }

    /** The page as the public will see it once published, whatever its status now. */
    @Transactional(readOnly = true)
    public PublicPage preview(long id) {
        return reader.preview(load(id));
    }

    /**
     * Creates ({@code id} null) or saves over a page, which must still be at version {@code basedOn}.
     * The body is cleaned by the allow-list; every save keeps a revision; moving a page or changing its
     * slug moves the pages under it too. Returns the page's id.
     */
    public long save(Long id, Draft draft, boolean publish, Long basedOn, String by) {
        Instant now = clock.instant();
        SitePage page;
        boolean wasPublic;
        if (id == null) {
            page = null;
            wasPublic = false;
        } else {
            page = load(id);
            ConcurrentEditException.requireVersion(page.getVersion(), basedOn, "page " + id);
            wasPublic = page.isPublished();
        }
        SitePage parent = draft.parentId() == null
                ? null
                : pages.findById(draft.parentId())
                        .orElseThrow(() -> new SiteStructureException("parentId", "pages.parent.missing"));
        if (parent != null
                && page != null
                && (parent.getId().equals(page.getId()) || parent.getPath().startsWith(page.getPath() + "/"))) {
            throw new SiteStructureException("parentId", "pages.parent.loop");
        }
        int levelsBelow = page == null ? 0 : levelsBelow(page);
        if (parent != null && levels(parent.getPath()) + 1 + levelsBelow > SitePage.MAX_DEPTH) {
            throw new SiteStructureException("parentId", "pages.parent.tooDeep");
        }
        String slug = Blank.toNull(draft.slug()) == null
                ? Slug.of(draft.title())
                : draft.slug().strip();
        if (!Slug.isWellFormed(slug)) {
            throw new SiteStructureException("slug", "pages.slug.invalid");
        }
        if (parent == null && RESERVED.contains(slug)) {
            throw new SiteStructureException("slug", "pages.slug.reserved");
        }
        String path = parent == null ? slug : parent.getPath() + "/" + slug;
        if ((page == null || !path.equals(page.getPath())) && pages.existsByPath(path)) {
            throw new SiteStructureException("slug", "pages.slug.taken");
        }
        String body = HtmlPolicy.sanitize(draft.body());
        String summary = Blank.toNull(draft.summary());
        if (page == null) {
            page = new SitePage(slug, path, draft.parentId(), now);
        } else if (!path.equals(page.getPath())) {
            String oldPath = page.getPath();
            for (SitePage below : pages.findByPathStartingWith(oldPath + "/")) {
                below.rebase(oldPath, path);
            }
            page.placeAt(draft.parentId(), slug, path);
        } else {
            page.placeAt(draft.parentId(), slug, path);
        }
        boolean textChanged = id == null
                || !draft.title().strip().equals(page.getTitle())
                || !body.equals(page.getBody())
                || !java.util.Objects.equals(summary, page.getSummary());
        page.write(draft.title().strip(), summary, body, draft.block(), draft.sortOrder(), by, now);
        if (publish) {
            page.publish(now);
        } else {
            page.unpublish();
        }
        pages.saveAndFlush(page);
        if (textChanged) {
            revisions.save(new SitePageRevision(page, revisions.lastRevisionNo(page.getId()) + 1, by, now));
        }
        long saved = page.getId();
        events.publishEvent(new SiteStructureChanged(
                id == null ? SiteStructureChanged.Kind.PAGE_CREATED : SiteStructureChanged.Kind.PAGE_EDITED,
                saved,
                page.getTitle(),
                wasPublic || publish));
        if (publish != wasPublic) {
            events.publishEvent(new SiteStructureChanged(
                    publish ? SiteStructureChanged.Kind.PAGE_PUBLISHED : SiteStructureChanged.Kind.PAGE_UNPUBLISHED,
                    saved,
                    page.getTitle(),
                    true));
        }
        return saved;
    }

    /** How many levels of pages hang below this one (0 for a page without children). */
    private int levelsBelow(SitePage page) {
        return pages.findByPathStartingWith(page.getPath() + "/").stream()
                .mapToInt(p -> levels(p.getPath()) - levels(page.getPath()))
                .max()
                .orElse(0);
    }

    /** The level of a page at this path: 1 for a top-level page. */
    private static int levels(String path) {
        return 1 + (int) path.chars().filter(c -> c == '/').count();
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(long id) {
        return revisions.findByPageIdOrderByRevisionNoDesc(id).stream()
                .map(PageManager::toRevision)
                .toList();
    }

    @Transactional(readOnly = true)
    public Revision revision(long id, int revisionNo) {
        return revisions
                .findByPageIdAndRevisionNo(id, revisionNo)
                .map(PageManager::toRevision)
                .orElseThrow(() -> new NotFoundException("page " + id + " revision " + revisionNo));
    }

    /** Brings back an earlier text as a new revision; the page stays where and as public as it is. */
    public void restore(long id, int revisionNo, Long basedOn, String by) {
        SitePage page = load(id);
        ConcurrentEditException.requireVersion(page.getVersion(), basedOn, "page " + id);
        SitePageRevision old = revisions
                .findByPageIdAndRevisionNo(id, revisionNo)
                .orElseThrow(() -> new NotFoundException("page " + id + " revision " + revisionNo));
        Instant now = clock.instant();
        page.write(old.getTitle(), old.getSummary(), old.getBody(), page.getBlock(), page.getSortOrder(), by, now);
        pages.saveAndFlush(page);
        revisions.save(new SitePageRevision(page, revisions.lastRevisionNo(id) + 1, by, now));
        events.publishEvent(new SiteStructureChanged(
                SiteStructureChanged.Kind.PAGE_RESTORED, id, page.getTitle(), page.isPublished()));
    }

    private SitePage load(long id) {
        return pages.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
    }

    private Editable toEditable(SitePage p) {
        boolean publicNow = p.isPublished() && reader.published(p.getPath()).isPresent();
        return new Editable(
                p.getId(),
                p.getTitle(),
                p.getSlug(),
                p.getPath(),
                p.getParentId(),
                p.getSummary(),
                p.getBody(),
                p.getBlock(),
                p.getSortOrder(),
                p.getStatus() == PageStatus.PUBLISHED,
                publicNow,
                p.getUpdatedAt(),
                p.getUpdatedBy(),
                p.getVersion());
    }

    private static Revision toRevision(SitePageRevision r) {
        return new Revision(
                r.getRevisionNo(), r.getTitle(), r.getSummary(), r.getBody(), r.getCreatedBy(), r.getCreatedAt());
    }
}
