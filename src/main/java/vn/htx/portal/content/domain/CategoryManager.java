package vn.htx.portal.content.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.content.CategorySaved;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.Slug;

/** Categories and who works in them, for administrators. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CategoryManager {

    public record CategoryDraft(
            String name,
            String slug,
            String description,
            int sortOrder,
            boolean showInMenu,
            Collection<String> members) {}

    private final CategoryRepository categories;
    private final CategoryMemberRepository members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CategoryManager(
            CategoryRepository categories,
            CategoryMemberRepository members,
            ApplicationEventPublisher events,
            Clock clock) {
        this.categories = categories;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CategoryView> all() {
        return categories.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(CategoryManager::toView)
                .toList();
    }

    @Transactional(readOnly = true)
    public CategoryView get(long id) {
        return toView(find(id));
    }

    private Category find(long id) {
        return categories.findById(id).orElseThrow(() -> new NotFoundException("category " + id));
    }

    private static CategoryView toView(Category c) {
        return new CategoryView(
                c.getId(),
                c.getName(),
                c.getSlug(),
                c.getDescription(),
                c.getSortOrder(),
                c.isShowInMenu(),
                c.getVersion());
    }

    @Transactional(readOnly = true)
    public List<String> membersOf(long categoryId) {
        return members.findByCategoryId(categoryId).stream()
                .map(CategoryMember::getUsername)
                .sorted()
                .toList();
    }

    /**
     * Creates ({@code id} null) or saves over a category, which must still be at version
     * {@code basedOn} ({@link ConcurrentEditException} otherwise).
     *
     * @throws WorkflowException {@code category.slugTaken} when another category has the slug
     */
    public long save(Long id, CategoryDraft draft, Long basedOn) {
        String slug = Slug.of(draft.slug() == null || draft.slug().isBlank() ? draft.name() : draft.slug());
        if (slug.isEmpty()) {
            throw new WorkflowException("category.slugInvalid");
        }
        categories.findBySlug(slug).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new WorkflowException("category.slugTaken");
        });
        Category category;
        if (id == null) {
            category = categories.save(new Category(
                    draft.name().strip(), slug, Blank.toNull(draft.description()), draft.sortOrder(), clock.instant()));
            category.update(
                    draft.name().strip(),
                    slug,
                    Blank.toNull(draft.description()),
                    draft.sortOrder(),
                    draft.showInMenu());
        } else {
            category = find(id);
            ConcurrentEditException.requireVersion(category.getVersion(), basedOn, "category " + id);
            category.update(
                    draft.name().strip(),
                    slug,
                    Blank.toNull(draft.description()),
                    draft.sortOrder(),
                    draft.showInMenu());
        }
        categories.flush();
        members.deleteByCategoryId(category.getId());
        members.flush();
        for (String username : draft.members() == null ? List.<String>of() : draft.members()) {
            members.save(new CategoryMember(category.getId(), username));
        }
        events.publishEvent(new CategorySaved(
                category.getId(),
                category.getName(),
                id == null,
                draft.members() == null ? List.of() : List.copyOf(draft.members())));
        return category.getId();
    }
}
