package vn.htx.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A staff member assigned to a category: an author writes in it, an editor reviews it. */
@Entity
@Table(name = "category_member")
@IdClass(CategoryMember.Key.class)
public class CategoryMember {

    public record Key(Long categoryId, String username) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "category_id")
    private Long categoryId;

    @Id
    @Column(length = 60)
    private String username;

    protected CategoryMember() {}

    public CategoryMember(long categoryId, String username) {
        this.categoryId = categoryId;
        this.username = username;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getUsername() {
        return username;
    }
}
