package vn.htx.portal.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.htx.portal.pages.MenuKind;
import vn.htx.portal.pages.MenuTarget;

/** An item of the main or the footer menu; a sub-item names its parent. */
@Entity
@Table(name = "menu_item")
public class MenuItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MenuKind menu;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 120)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MenuTarget target;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "page_id")
    private Long pageId;

    @Column(length = 500)
    private String address;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean visible = true;

    protected MenuItem() {}

    public MenuItem(MenuKind menu, Long parentId, int sortOrder) {
        this.menu = menu;
        this.parentId = parentId;
        this.sortOrder = sortOrder;
    }

    public void pointTo(String label, MenuTarget target, Long categoryId, Long pageId, String address) {
        this.label = label;
        this.target = target;
        this.categoryId = categoryId;
        this.pageId = pageId;
        this.address = address;
    }

    public void moveUnder(Long parentId, int sortOrder) {
        this.parentId = parentId;
        this.sortOrder = sortOrder;
    }

    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public void show(boolean visible) {
        this.visible = visible;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public MenuKind getMenu() {
        return menu;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getLabel() {
        return label;
    }

    public MenuTarget getTarget() {
        return target;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public Long getPageId() {
        return pageId;
    }

    public String getAddress() {
        return address;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isVisible() {
        return visible;
    }
}
