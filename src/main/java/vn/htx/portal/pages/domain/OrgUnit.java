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
import vn.htx.portal.pages.UnitKind;

/** A unit of the alliance (Thường trực, Văn phòng, a Ban, a Trung tâm, the Quỹ), in a tree. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    private String functions;

    @Column(length = 300)
    private String address;

    @Column(length = 60)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected OrgUnit() {}

    public OrgUnit(String name, UnitKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public void describe(
            Long parentId,
            String name,
            UnitKind kind,
            String functions,
            String address,
            String phone,
            String email,
            int sortOrder) {
        this.parentId = parentId;
        this.name = name;
        this.kind = kind;
        this.functions = functions;
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getFunctions() {
        return functions;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
