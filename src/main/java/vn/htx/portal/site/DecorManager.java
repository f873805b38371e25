package vn.htx.portal.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.site.domain.Banner;
import vn.htx.portal.site.domain.BannerRepository;
import vn.htx.portal.site.domain.WebLink;
import vn.htx.portal.site.domain.WebLinkRepository;

/** Banners and links to other sites: administrators. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class DecorManager {

    /** A banner as the form shows and sends it. */
    public record BannerDraft(
            BannerPlacement placement,
            String imageUrl,
            String altText,
            String linkUrl,
            LocalDate showFrom,
            LocalDate showUntil,
            int sortOrder) {}

    public record EditableBanner(long id, BannerDraft draft, long version) {}

    public record LinkDraft(String name, String url, String logoUrl, int sortOrder) {}

    public record EditableLink(long id, LinkDraft draft, long version) {}

    /** Why a banner or link was refused: the field, and the message key. */
    public static class DecorException extends RuntimeException {

        private final String field;
        private final String messageKey;

        DecorException(String field, String messageKey) {
            super(messageKey, null, false, false);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final BannerRepository banners;
    private final WebLinkRepository links;
    private final ApplicationEventPublisher events;

    DecorManager(BannerRepository banners, WebLinkRepository links, ApplicationEventPublisher events) {
        this.banners = banners;
        this.links = links;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<EditableBanner> banners() {
        return banners.findAllByOrderByPlacementAscSortOrderAscIdAsc().stream()
                .map(DecorManager::toEditable)
                .toList();
    }

    @Transactional(readOnly = true)
    public EditableBanner banner(long id) {
        return toEditable(loadBanner(id));
    }

    /** Refuses a banner's dates or link before its image is uploaded: nothing is stored for a form sent back. */
    @Transactional(readOnly = true)
    public void checkBanner(BannerDraft draft) {
        if (draft.showFrom() != null
                && draft.showUntil() != null
                && draft.showUntil().isBefore(draft.showFrom())) {
            throw new DecorException("showUntil", "banners.dates.order");
        }
        if (Blank.toNull(draft.linkUrl()) != null) {
            address(draft.linkUrl().strip(), "linkUrl");
        }
    }

    public long saveBanner(Long id, BannerDraft draft, Long basedOn) {
        checkBanner(draft);
        if (Blank.toNull(draft.imageUrl()) == null) {
            throw new DecorException("imageUrl", "banners.image.required");
        }
        String link =
                Blank.toNull(draft.linkUrl()) == null ? null : draft.linkUrl().strip();
        Banner banner;
        if (id == null) {
            banner = new Banner(draft.placement());
        } else {
            banner = loadBanner(id);
            ConcurrentEditException.requireVersion(banner.getVersion(), basedOn, "banner " + id);
        }
        banner.describe(
                draft.placement(),
                draft.imageUrl().strip(),
                draft.altText().strip(),
                link,
                draft.showFrom(),
                draft.showUntil(),
                draft.sortOrder());
        banners.saveAndFlush(banner);
        events.publishEvent(
                new SiteDecorChanged(SiteDecorChanged.Kind.BANNER_SAVED, banner.getId(), banner.getAltText()));
        return banner.getId();
    }

    public void deleteBanner(long id) {
        Banner banner = loadBanner(id);
        banners.delete(banner);
        banners.flush();
        events.publishEvent(new SiteDecorChanged(SiteDecorChanged.Kind.BANNER_DELETED, id, banner.getAltText()));
    }

    @Transactional(readOnly = true)
    public List<EditableLink> links() {
        return links.findAllByOrderBySortOrderAscNameAscIdAsc().stream()
                .map(DecorManager::toEditable)
                .toList();
    }

    @Transactional(readOnly = true)
    public EditableLink link(long id) {
        return toEditable(loadLink(id));
    }

    public long saveLink(Long id, LinkDraft draft, Long basedOn) {
        String url = address(draft.url().strip(), "url");
        WebLink link;
        if (id == null) {
            link = new WebLink(draft.name().strip(), url);
        } else {
            link = loadLink(id);
            ConcurrentEditException.requireVersion(link.getVersion(), basedOn, "link " + id);
        }
        link.describe(draft.name().strip(), url, Blank.toNull(draft.logoUrl()), draft.sortOrder());
        links.saveAndFlush(link);
        events.publishEvent(new SiteDecorChanged(SiteDecorChanged.Kind.LINK_SAVED, link.getId(), link.getName()));
        return link.getId();
    }

    public void deleteLink(long id) {
        WebLink link = loadLink(id);
        links.delete(link);
        links.flush();
        events.publishEvent(new SiteDecorChanged(SiteDecorChanged.Kind.LINK_DELETED, id, link.getName()));
    }

    /** An address of this site (starting with one "/") or another site's http(s) address: nothing else. */
    public static String address(String value, String field) {
        if (value.length() > 500 || value.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\\')) {
            throw new DecorException(field, "banners.address.invalid");
        }
        if (value.startsWith("/") && !value.startsWith("//")) {
            return value;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new DecorException(field, "banners.address.invalid");
    }

    private Banner loadBanner(long id) {
        return banners.findById(id).orElseThrow(() -> new NotFoundException("banner " + id));
    }

    private WebLink loadLink(long id) {
        return links.findById(id).orElseThrow(() -> new NotFoundException("link " + id));
    }

    private static EditableBanner toEditable(Banner b) {
        return new EditableBanner(
                b.getId(),
                new BannerDraft(
                        b.getPlacement(),
                        b.getImageUrl(),
                        b.getAltText(),
                        b.getLinkUrl(),
                        b.getShowFrom(),
                        b.getShowUntil(),
                        b.getSortOrder()),
                b.getVersion());
    }

    private static EditableLink toEditable(WebLink l) {
        return new EditableLink(
                l.getId(), new LinkDraft(l.getName(), l.getUrl(), l.getLogoUrl(), l.getSortOrder()), l.getVersion());
    }
}
