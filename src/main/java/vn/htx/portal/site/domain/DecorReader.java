package vn.htx.portal.site.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.site.BannerPlacement;
import vn.htx.portal.site.BannerView;
import vn.htx.portal.site.WebLinkView;

/** Banners shown today and the links to other sites, as visitors see them: one statement each. */
@Component
@Transactional(readOnly = true)
public class DecorReader {

    private final BannerRepository banners;
    private final WebLinkRepository links;

    DecorReader(BannerRepository banners, WebLinkRepository links) {
        this.banners = banners;
        this.links = links;
    }

    public Map<BannerPlacement, List<BannerView>> bannersShownOn(LocalDate today) {
        Map<BannerPlacement, List<BannerView>> shown = new EnumMap<>(BannerPlacement.class);
        List<Banner> all = banners.findAllByOrderByPlacementAscSortOrderAscIdAsc();
        for (BannerPlacement placement : BannerPlacement.values()) {
            shown.put(
                    placement,
                    all.stream()
                            .filter(b -> b.getPlacement() == placement && b.isShownOn(today))
                            .map(b -> new BannerView(b.getId(), b.getImageUrl(), b.getAltText(), b.getLinkUrl()))
                            .toList());
        }
        return shown;
    }

    public List<WebLinkView> links() {
        return links.findAllByOrderBySortOrderAscNameAscIdAsc().stream()
                .map(l -> new WebLinkView(l.getId(), l.getName(), l.getUrl(), l.getLogoUrl()))
                .toList();
    }
}
