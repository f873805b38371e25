package vn.htx.portal.media.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.media.MediaRejectedException;
import vn.htx.portal.media.MediaStorage;
import vn.htx.portal.media.StoredImage;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.users.UsersApi;

@Controller
class MediaController {

    private final MediaApi media;
    private final MediaStorage storage;
    private final UsersApi users;
    private final MessageSource messages;

    MediaController(MediaApi media, MediaStorage storage, UsersApi users, MessageSource messages) {
        this.media = media;
        this.storage = storage;
        this.users = users;
        this.messages = messages;
    }

    /** Stored files never change (their names come from their content), so browsers may keep them for a year. */
    @GetMapping("/media/**")
    ResponseEntity<Resource> serve(HttpServletRequest request) {
        String path = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        String key = path.substring(MediaApi.URL_PREFIX.length());
        if (key.startsWith("files/")) {
            // Document files are served by the document library, which checks publication and counts downloads.
            throw new NotFoundException("media " + key);
        }
        Resource file = storage.get(key).orElseThrow(() -> new NotFoundException("media " + key));
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .contentType(MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM))
                .body(file);
    }

    /** Image upload from the editor: JSON {@code {"location": url}} as TinyMCE expects, or {@code {"error": …}}. */
    @PostMapping("/quan-tri/media")
    @ResponseBody
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file) {
        try {
            StoredImage stored = media.storeUpload(file, users.requireCurrent().username());
            return ResponseEntity.ok(Map.of(
                    "location",
                    stored.url(),
                    "thumbnail",
                    stored.thumbnailUrl(),
                    "width",
                    stored.width(),
                    "height",
                    stored.height()));
        } catch (MediaRejectedException e) {
            String message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("error", message));
        }
    }
}
