package vn.htx.portal.gallery.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.htx.portal.gallery.AlbumDetail;
import vn.htx.portal.gallery.GalleryApi;
import vn.htx.portal.gallery.VideoCard;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.web.PublicUrls;

/**
 * Photo albums and videos. A photo is viewed on its own page with links to the previous and next
 * photo, so the viewer works from the keyboard, with a screen reader and without scripts; a video's
 * file is answered with ranges (206) so that a player can seek in it.
 */
@Controller
class GalleryController {

    static final int ALBUMS_PER_PAGE = 12;
    static final int VIDEOS_PER_PAGE = 12;

    private final GalleryApi gallery;
    private final PublicUrls urls;

    GalleryController(GalleryApi gallery, PublicUrls urls) {
        this.gallery = gallery;
        this.urls = urls;
    }

    @GetMapping("/thu-vien-anh")
    String albums(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("albums", Paging.requireExisting(gallery.albums(page, ALBUMS_PER_PAGE)));
        return "gallery/albums";
    }

    @GetMapping("/thu-vien-anh/{slug}")
    String album(@PathVariable String slug, Model model, HttpServletRequest request) {
        AlbumDetail album = gallery.album(slug).orElseThrow(() -> new NotFoundException("album " + slug));
        model.addAttribute("album", album);
        model.addAttribute("canonicalUrl", urls.absolute(request, "/thu-vien-anh/" + slug));
        return "gallery/album";
    }

    @GetMapping("/thu-vien-anh/{slug}/anh/{number}")
    String photo(@PathVariable String slug, @PathVariable int number, Model model, HttpServletRequest request) {
        AlbumDetail album = gallery.album(slug).orElseThrow(() -> new NotFoundException("album " + slug));
        if (number < 1 || number > album.photos().size()) {
            throw new NotFoundException("photo " + number + " of " + slug);
        }
        model.addAttribute("album", album);
        model.addAttribute("photo", album.photos().get(number - 1));
        model.addAttribute("number", number);
        model.addAttribute("canonicalUrl", urls.absolute(request, "/thu-vien-anh/" + slug + "/anh/" + number));
        return "gallery/photo";
    }

    @GetMapping("/video")
    String videos(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("videos", Paging.requireExisting(gallery.videos(page, VIDEOS_PER_PAGE)));
        return "gallery/videos";
    }

    @GetMapping("/video/{slug}")
    String video(@PathVariable String slug, Model model, HttpServletRequest request) {
        VideoCard video = gallery.video(slug).orElseThrow(() -> new NotFoundException("video " + slug));
        model.addAttribute("video", video);
        model.addAttribute("canonicalUrl", urls.absolute(request, "/video/" + slug));
        return "gallery/video";
    }

    /** The MP4 of a public video; Spring answers a Range request with 206 and only the bytes asked for. */
    @GetMapping("/video/tep/{slug}.mp4")
    ResponseEntity<Resource> videoFile(@PathVariable String slug) {
        Resource file = gallery.videoFile(slug).orElseThrow(() -> new NotFoundException("video file " + slug));
        return ResponseEntity.ok()
                // asked again each time: a video taken down stops playing everywhere
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("video/mp4"))
                .body(file);
    }
}
