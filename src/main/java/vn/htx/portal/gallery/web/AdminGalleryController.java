package vn.htx.portal.gallery.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.gallery.GalleryException;
import vn.htx.portal.gallery.GalleryManager;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.shared.ImageAddress;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.web.StaleEdits;
import vn.htx.portal.users.UsersApi;

/** Albums (with their photos) and videos in the back office. */
@Controller
class AdminGalleryController {

    record AlbumForm(
            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}")
            String title,

            @Size(max = 5000, message = "{validation.tooLong}")
            String description,

            @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate takenOn,
            Boolean published,
            Long version) {
        AlbumForm {
            published = published != null && published;
        }

        AlbumForm basedOn(long currentVersion) {
            return new AlbumForm(title, description, takenOn, published, currentVersion);
        }
    }

    record VideoForm(
            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}")
            String title,

            @Size(max = 5000, message = "{validation.tooLong}")
            String description,

            @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate recordedOn,

            @Size(max = 500, message = "{validation.tooLong}") @ImageAddress
            String posterUrl,

            Boolean published,
            Long version) {
        VideoForm {
            published = published != null && published;
        }

        VideoForm with(String poster, Long basedOn) {
            return new VideoForm(title, description, recordedOn, poster, published, basedOn);
        }
    }

    private final GalleryManager gallery;
    private final MediaApi media;
    private final UsersApi users;
    private final PortalProperties.Gallery limits;

    AdminGalleryController(GalleryManager gallery, MediaApi media, UsersApi users, PortalProperties properties) {
        this.gallery = gallery;
        this.media = media;
        this.users = users;
        this.limits = properties.gallery();
    }

    @GetMapping("/quan-tri/thu-vien-anh")
    String albums(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("albums", Paging.requireExisting(gallery.albums(page, 20)));
        return "admin/gallery/albums";
    }

    @GetMapping("/quan-tri/thu-vien-anh/moi")
    String newAlbum(Model model) {
        model.addAttribute("form", new AlbumForm("", "", null, false, null));
        return albumForm(model, null);
    }

    @GetMapping("/quan-tri/thu-vien-anh/{id}")
    String editAlbum(@PathVariable long id, Model model) {
        GalleryManager.EditableAlbum a = gallery.album(id);
        model.addAttribute("form", new AlbumForm(a.title(), a.description(), a.takenOn(), a.published(), a.version()));
        return albumForm(model, a);
    }

    @PostMapping({"/quan-tri/thu-vien-anh/moi", "/quan-tri/thu-vien-anh/{id}"})
    String saveAlbum(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") AlbumForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long saved = gallery.saveAlbum(
                        id, form.title(), form.description(), form.takenOn(), form.published(), form.version());
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/thu-vien-anh/" + saved;
            } catch (OptimisticLockingFailureException e) {
                GalleryManager.EditableAlbum newer = gallery.album(id);
                StaleEdits.show(model, form.basedOn(newer.version()), "form");
                model.addAttribute("newer", newer);
            }
        }
        return albumForm(model, id == null ? null : gallery.album(id));
    }

    @PostMapping("/quan-tri/thu-vien-anh/{id}/anh")
    String addPhotos(
            @PathVariable long id,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            RedirectAttributes redirect) {
        try {
            int added = gallery.addPhotos(
                    id,
                    photos == null ? List.of() : photos,
                    users.requireCurrent().username());
            redirect.addFlashAttribute("notice", "gallery.notice.photosAdded");
            redirect.addFlashAttribute("added", added);
        } catch (GalleryException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", List.of(e.arguments()));
        }
        return "redirect:/quan-tri/thu-vien-anh/" + id + "#anh";
    }

    @PostMapping("/quan-tri/thu-vien-anh/{id}/anh/{photoId}")
    String describePhoto(
            @PathVariable long id,
            @PathVariable long photoId,
            @RequestParam(required = false) String caption,
            @RequestParam(required = false) String altText,
            @RequestParam(defaultValue = "0") int sortOrder,
            RedirectAttributes redirect) {
        try {
            gallery.describePhoto(id, photoId, caption, altText, sortOrder);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (GalleryException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", List.of(e.arguments()));
        }
        return "redirect:/quan-tri/thu-vien-anh/" + id + "#anh-" + photoId;
    }

    @PostMapping("/quan-tri/thu-vien-anh/{id}/anh/{photoId}/xoa")
    String removePhoto(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        gallery.removePhoto(id, photoId);
        redirect.addFlashAttribute("notice", "organisation.notice.deleted");
        return "redirect:/quan-tri/thu-vien-anh/" + id + "#anh";
    }

    @GetMapping("/quan-tri/video")
    String videos(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("videos", Paging.requireExisting(gallery.videos(page, 20)));
        return "admin/gallery/videos";
    }

    @GetMapping("/quan-tri/video/moi")
    String newVideo(Model model) {
        model.addAttribute("form", new VideoForm("", "", null, "", false, null));
        return videoForm(model, null);
    }

    @GetMapping("/quan-tri/video/{id}")
    String editVideo(@PathVariable long id, Model model) {
        GalleryManager.EditableVideo v = gallery.video(id);
        model.addAttribute(
                "form",
                new VideoForm(v.title(), v.description(), v.recordedOn(), v.posterUrl(), v.published(), v.version()));
        return videoForm(model, v);
    }

    @PostMapping({"/quan-tri/video/moi", "/quan-tri/video/{id}"})
    String saveVideo(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") VideoForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "posterFile", required = false) MultipartFile posterFile,
            Model model,
            RedirectAttributes redirect) {
        String uploaded = errors.hasErrors()
                ? null
                : media.storeUploadFor(posterFile, users.requireCurrent().username(), errors, "posterUrl");
        String poster = uploaded == null ? form.posterUrl() : uploaded;
        if (!errors.hasErrors()) {
            try {
                long saved = gallery.saveVideo(
                        id,
                        form.title(),
                        form.description(),
                        form.recordedOn(),
                        poster,
                        file,
                        form.published(),
                        form.version());
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/quan-tri/video/" + saved;
            } catch (GalleryException e) {
                // the file itself is not a field of the form: its refusal is shown above the form
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                GalleryManager.EditableVideo newer = gallery.video(id);
                StaleEdits.show(model, form.with(poster, newer.version()), "form");
                model.addAttribute("newer", newer);
            }
        }
        return videoForm(model, id == null ? null : gallery.video(id));
    }

    private String albumForm(Model model, GalleryManager.EditableAlbum album) {
        model.addAttribute("album", album);
        model.addAttribute("maxImageMb", media.maxImageBytes() / (1024 * 1024));
        model.addAttribute("maxPhotos", limits.maxPhotosPerUpload());
        return "admin/gallery/album";
    }

    private String videoForm(Model model, GalleryManager.EditableVideo video) {
        model.addAttribute("video", video);
        model.addAttribute("maxVideoMb", limits.maxVideoSize().toMegabytes());
        model.addAttribute("maxImageMb", media.maxImageBytes() / (1024 * 1024));
        return "admin/gallery/video";
    }
}
