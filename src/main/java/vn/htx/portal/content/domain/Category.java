package vn.htx.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic locking: a save based on an older version is refused. */
    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 120, unique = true)
    private String slug;

    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "show_in_menu", nullable = false)
    private boolean showInMenu = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Category() {}

    public Category(String name, String slug, String description, int sortOrder, Instant createdAt) {
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.sortOrder = sortOrder;
        this.createdAt = createdAt;
    }

    public void update(String name, String slug, String description, int sortOrder, boolean showInMenu) {
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.sortOrder = sortOrder;
        this.showInMenu = showInMenu;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isShowInMenu() {
        return showInMenu;
    }

    public long getVersion() {
        return version;
    }
}
