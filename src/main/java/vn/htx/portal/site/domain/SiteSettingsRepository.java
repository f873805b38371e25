package vn.htx.portal.site.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteSettingsRepository extends JpaRepository<SiteSettingsRow, Integer> {

    default SiteSettingsRow settings() {
        return findById(SiteSettingsRow.ID)
                .orElseThrow(() -> new IllegalStateException("site_settings row is missing"));
    }
}
