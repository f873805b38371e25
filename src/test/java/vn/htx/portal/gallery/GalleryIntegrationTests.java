package vn.htx.portal.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.support.TestImages;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;

/** Albums and videos: written in the back office, seen (and seeked) by visitors only while published. */
class GalleryIntegrationTests extends PortalIntegrationTest {

    private static final RequestPostProcessor EDITOR = StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR);
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    private UsersApi users;

    @BeforeEach
    void staff() {
        StaffFixtures.ensure(users, jdbc);
    }

    private long album(String title, boolean published) throws Exception {
        MockHttpServletResponse saved = mvc.perform(post("/quan-tri/thu-vien-anh/moi")
                        .with(EDITOR)
                        .with(csrf())
                        .param("title", title)
                        .param("description", "Mô tả album")
                        .param("takenOn", "2026-11-20")
                        .param("published", Boolean.toString(published)))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        return Long.parseLong(saved.getRedirectedUrl().substring("/quan-tri/thu-vien-anh/".length()));
    }

    private String slugOf(String table, long id) {
        return jdbc.queryForObject("select slug from " + table + " where id = ?", String.class, id);
    }

    @Test
    void aPublishedAlbumShowsItsPhotosOnePerPageAndAHiddenOneNothingEvenByDirectLink() throws Exception {
        long id = album("Album thử " + UNIQUE.incrementAndGet(), true);
        MockHttpServletResponse uploaded = mvc.perform(multipart("/quan-tri/thu-vien-anh/" + id + "/anh")
                        .file(new MockMultipartFile("photos", "a.png", "image/png", TestImages.image("png", 640, 400)))
                        .file(new MockMultipartFile("photos", "b.jpg", "image/jpeg", TestImages.image("jpg", 800, 500)))
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(302);
        String slug = slugOf("album", id);

        Document album = Jsoup.parse(get("/thu-vien-anh/" + slug).body());
        assertThat(album.select(".gallery-grid--photos img"))
                .hasSize(2)
                .allSatisfy(img -> assertThat(img.attr("alt")).isNotBlank());
        Document first = Jsoup.parse(get("/thu-vien-anh/" + slug + "/anh/1").body());
        assertThat(first.select(".photo-view img").attr("src")).startsWith("/media/");
        assertThat(first.select(".photo-nav a[rel=prev]")).isEmpty();
        assertThat(first.select(".photo-nav a[rel=next]").attr("href")).isEqualTo("/thu-vien-anh/" + slug + "/anh/2");
        assertThat(get("/thu-vien-anh/" + slug + "/anh/3").statusCode()).isEqualTo(404);
        assertThat(get("/thu-vien-anh/" + slug + "/anh/0").statusCode()).isEqualTo(404);
        assertThat(get("/sitemap.xml").body()).contains("/thu-vien-anh/" + slug);

        // a file that is not an image refuses the upload with a message and adds nothing
        var refused = mvc.perform(multipart("/quan-tri/thu-vien-anh/" + id + "/anh")
                        .file(new MockMultipartFile(
                                "photos", "x.jpg", "image/jpeg", "không phải ảnh".getBytes(StandardCharsets.UTF_8)))
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn();
        assertThat(refused.getFlashMap().get("problem")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from album_photo where album_id = ?", Integer.class, id))
                .isEqualTo(2);

        long version = jdbc.queryForObject("select version from album where id = ?", Long.class, id);
        mvc.perform(post("/quan-tri/thu-vien-anh/" + id)
                .with(EDITOR)
                .with(csrf())
                .param("title", "Album ẩn")
                .param("published", "false")
                .param("version", Long.toString(version)));
        assertThat(get("/thu-vien-anh/" + slug).statusCode()).isEqualTo(404);
        assertThat(get("/thu-vien-anh/" + slug + "/anh/1").statusCode()).isEqualTo(404);
        assertThat(get("/thu-vien-anh").body()).doesNotContain("/thu-vien-anh/" + slug + "\"");
        assertThat(get("/sitemap.xml").body()).doesNotContain("/thu-vien-anh/" + slug + "<");

        long draft = album("Album nháp " + UNIQUE.incrementAndGet(), false);
        assertThat(get("/thu-vien-anh/" + slugOf("album", draft)).statusCode()).isEqualTo(404);
    }

    /** An MP4 as far as the portal looks: an ISO "ftyp" box, then a media box of known bytes. */
    private static byte[] mp4(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        byte[] head = {
            0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'
        };
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private MockHttpServletResponse video(String title, byte[] file, boolean published) throws Exception {
        return mvc.perform(multipart("/quan-tri/video/moi")
                        .file(new MockMultipartFile("file", "phim.mp4", "video/mp4", file))
                        .with(EDITOR)
                        .with(csrf())
                        .param("title", title)
                        .param("published", Boolean.toString(published)))
                .andReturn()
                .getResponse();
    }

    @Test
    void anUploadedVideoIsSeekedWithARangeRequestAndOnlyWhilePublished() throws Exception {
        byte[] file = mp4(300_000);
        MockHttpServletResponse saved = video("Video thử " + UNIQUE.incrementAndGet(), file, true);
        assertThat(saved.getStatus()).isEqualTo(302);
        long id = Long.parseLong(saved.getRedirectedUrl().substring("/quan-tri/video/".length()));
        String slug = slugOf("video", id);

        Document page = Jsoup.parse(get("/video/" + slug).body());
        assertThat(page.select("video source").attr("src")).isEqualTo("/video/tep/" + slug + ".mp4");
        assertThat(page.select("video").attr("preload")).isEqualTo("none");

        HttpResponse<byte[]> part = range("/video/tep/" + slug + ".mp4", "bytes=100000-100099");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100000-100099/300000");
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(file, 100_000, 100_100));
        HttpResponse<byte[]> whole = range("/video/tep/" + slug + ".mp4", null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.body()).hasSize(300_000);

        long version = jdbc.queryForObject("select version from video where id = ?", Long.class, id);
        mvc.perform(post("/quan-tri/video/" + id)
                .with(EDITOR)
                .with(csrf())
                .param("title", "Video đã ẩn")
                .param("published", "false")
                .param("version", Long.toString(version)));
        assertThat(get("/video/" + slug).statusCode()).isEqualTo(404);
        assertThat(range("/video/tep/" + slug + ".mp4", "bytes=0-99").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFileThatIsNotAnMp4IsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        String title = "Không phải video " + UNIQUE.incrementAndGet();
        MockHttpServletResponse refused = video(title, TestImages.image("png", 100, 100), true);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.getContentAsString())
                        .select("[role=alert]")
                        .text())
                .contains("không phải video MP4");
        assertThat(jdbc.queryForObject("select count(*) from video where title = ?", Integer.class, title))
                .isZero();
    }

    private HttpResponse<byte[]> range(String path, String range) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
