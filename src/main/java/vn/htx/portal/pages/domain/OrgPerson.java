package vn.htx.portal.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person of a unit: the leaders are shown on the leaders page, everyone on the chart. */
@Entity
@Table(name = "org_person")
public class OrgPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, length = 200)
    private String position;

    @Column(name = "photo_url", length = 500)
    private String photoUrl;

    private String biography;

    @Column(length = 200)
    private String email;

    @Column(length = 60)
    private String phone;

    @Column(nullable = false)
    private boolean leader;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected OrgPerson() {}

    public OrgPerson(long unitId, String fullName, String position) {
        this.unitId = unitId;
        this.fullName = fullName;
        this.position = position;
    }

    public void describe(
            long unitId,
            String fullName,
            String position,
            String photoUrl,
            String biography,
            String email,
            String phone,
            boolean leader,
            int sortOrder) {
        this.unitId = unitId;
        this.fullName = fullName;
        this.position = position;
        this.photoUrl = photoUrl;
        this.biography = biography;
        this.email = email;
        this.phone = phone;
        this.leader = leader;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public String getPhotoUrl() {
        return photoUrl;
    }

    public String getBiography() {
        return biography;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isLeader() {
        return leader;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
