package vn.htx.portal.pages.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.content.CategoryRef;
import vn.htx.portal.content.ContentApi;
import vn.htx.portal.pages.MenuKind;
import vn.htx.portal.pages.MenuTarget;
import vn.htx.portal.pages.PageBlock;
import vn.htx.portal.pages.UnitKind;
import vn.htx.portal.pages.domain.MenuItem;
import vn.htx.portal.pages.domain.MenuItemRepository;
import vn.htx.portal.pages.domain.OrgPerson;
import vn.htx.portal.pages.domain.OrgPersonRepository;
import vn.htx.portal.pages.domain.OrgUnit;
import vn.htx.portal.pages.domain.OrgUnitRepository;
import vn.htx.portal.pages.domain.SitePage;
import vn.htx.portal.pages.domain.SitePageRepository;
import vn.htx.portal.pages.domain.SitePageRevision;
import vn.htx.portal.pages.domain.SitePageRevisionRepository;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.DemoFiles;
import vn.htx.portal.shared.HtmlPolicy;

/**
 * Fills an empty database with the alliance's own pages ({@code demo/pages}), its organisation
 * ({@code demo/organisation-*.tsv}, clearly fictitious people and addresses) and the two menus
 * ({@code demo/menus.tsv}), which lead to those pages and to the demo categories: so it runs after
 * the content's demo data.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class PagesDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PagesDemoData.class);
    private static final String DEMO_EDITOR = "demo";

    private final SitePageRepository pages;
    private final SitePageRevisionRepository revisions;
    private final OrgUnitRepository units;
    private final OrgPersonRepository people;
    private final MenuItemRepository menus;
    private final ContentApi content;
    private final Clock clock;

    PagesDemoData(
            SitePageRepository pages,
            SitePageRevisionRepository revisions,
            OrgUnitRepository units,
            OrgPersonRepository people,
            MenuItemRepository menus,
            ContentApi content,
            Clock clock) {
        this.pages = pages;
        this.revisions = revisions;
        this.units = units;
        this.people = people;
        this.menus = menus;
        this.content = content;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (pages.count() > 0 || units.count() > 0 || menus.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        Map<String, SitePage> byPath = createPages(now);
        int people = createOrganisation();
        int items = createMenus(byPath);
        log.info("Demo site structure: {} pages, {} people, {} menu items created", byPath.size(), people, items);
    }

    private Map<String, SitePage> createPages(Instant now) {
        Map<String, SitePage> byPath = new HashMap<>();
        for (DemoFiles.Headed demo : DemoFiles.headed("pages")) {
            String parentPath = Blank.toNull(demo.header("parent"));
            SitePage parent = parentPath == null ? null : byPath.get(parentPath);
            String path = parentPath == null ? demo.header("slug") : parentPath + "/" + demo.header("slug");
            SitePage page = new SitePage(demo.header("slug"), path, parent == null ? null : parent.getId(), now);
            String block = demo.header("block");
            page.write(
                    demo.header("title"),
                    Blank.toNull(demo.header("summary")),
                    HtmlPolicy.sanitize(demo.body()),
                    block == null ? PageBlock.NONE : PageBlock.valueOf(block),
                    Integer.parseInt(demo.header("order")),
                    DEMO_EDITOR,
                    now);
            page.publish(now);
            pages.saveAndFlush(page);
            revisions.save(new SitePageRevision(page, 1, DEMO_EDITOR, now));
            byPath.put(path, page);
        }
        return byPath;
    }

    private int createOrganisation() {
        Map<String, Long> unitIds = new HashMap<>();
        for (String[] u : DemoFiles.tsv("demo/organisation-units.tsv", 9)) {
            OrgUnit unit = new OrgUnit(u[3], UnitKind.valueOf(u[2]));
            unit.describe(
                    u[1].isEmpty() ? null : unitIds.get(u[1]),
                    u[3],
                    UnitKind.valueOf(u[2]),
                    Blank.toNull(u[4].replace('|', '\n')),
                    Blank.toNull(u[5]),
                    Blank.toNull(u[6]),
                    Blank.toNull(u[7]),
                    Integer.parseInt(u[8]));
            unitIds.put(u[0], units.saveAndFlush(unit).getId());
        }
        List<String[]> rows = DemoFiles.tsv("demo/organisation-people.tsv", 8);
        for (String[] p : rows) {
            long unitId = unitIds.get(p[0]);
            OrgPerson person = new OrgPerson(unitId, p[1], p[2]);
            person.describe(
                    unitId,
                    p[1],
                    p[2],
                    null,
                    Blank.toNull(p[7].replace("|", "\n\n")),
                    Blank.toNull(p[4]),
                    Blank.toNull(p[5]),
                    "yes".equals(p[3]),
                    Integer.parseInt(p[6]));
            people.save(person);
        }
        return rows.size();
    }

    private int createMenus(Map<String, SitePage> pagesByPath) {
        Map<String, Long> categoryIds = new HashMap<>();
        for (CategoryRef c : content.allCategories()) {
            categoryIds.put(c.name(), c.id());
        }
        Map<String, Long> parents = new HashMap<>();
        Map<String, Integer> orders = new HashMap<>();
        List<String[]> rows = DemoFiles.tsv("demo/menus.tsv", 5);
        for (String[] m : rows) {
            MenuKind menu = MenuKind.valueOf(m[0]);
            Long parentId = m[1].isEmpty() ? null : parents.get(menu + "/" + m[1]);
            int order = orders.merge(menu + "/" + m[1], 10, Integer::sum);
            MenuItem item = new MenuItem(menu, parentId, order);
            MenuTarget target = MenuTarget.valueOf(m[3]);
            item.pointTo(
                    m[2],
                    target,
                    target == MenuTarget.CATEGORY ? categoryIds.get(m[4]) : null,
                    target == MenuTarget.PAGE ? pagesByPath.get(m[4]).getId() : null,
                    target == MenuTarget.PATH || target == MenuTarget.EXTERNAL ? m[4] : null);
            menus.saveAndFlush(item);
            if (parentId == null) {
                parents.put(menu + "/" + m[2], item.getId());
            }
        }
        return rows.size();
    }
}
