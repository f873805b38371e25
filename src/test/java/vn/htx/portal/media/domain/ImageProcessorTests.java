package vn.htx.portal.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.htx.portal.media.MediaRejectedException;
import vn.htx.portal.support.TestImages;

class ImageProcessorTests {

    @Test
    void recognisesImagesByTheirBytesNotTheirNames() throws IOException {
        assertThat(ImageProcessor.sniff(TestImages.image("jpeg", 10, 10))).isEqualTo(ImageProcessor.Format.JPEG);
        assertThat(ImageProcessor.sniff(TestImages.image("png", 10, 10))).isEqualTo(ImageProcessor.Format.PNG);
        assertThat(ImageProcessor.sniff(TestImages.image("gif", 10, 10))).isEqualTo(ImageProcessor.Format.GIF);
        assertThat(ImageProcessor.sniff(TestImages.WEBP)).isEqualTo(ImageProcessor.Format.WEBP);
        assertThat(ImageProcessor.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(ImageProcessor.sniff("GIF8 but not really".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(ImageProcessor.sniff(new byte[0])).isNull();
    }

    @Test
    void largeImagesAreScaledToDisplayWidthWithAThumbnail() throws IOException {
        ImageProcessor.Renditions r = ImageProcessor.process(TestImages.image("jpeg", 3000, 2000), 40_000_000);
        assertThat(r.width()).isEqualTo(ImageProcessor.DISPLAY_WIDTH);
        assertThat(r.height()).isEqualTo(1067);
        assertThat(r.extension()).isEqualTo("jpg");
        assertThat(ImageIO.read(new ByteArrayInputStream(r.thumbnail())).getWidth())
                .isEqualTo(ImageProcessor.THUMBNAIL_WIDTH);
    }

    @Test
    void pngAndGifStayPngAndWebpBecomesJpeg() throws IOException {
        assertThat(ImageProcessor.process(TestImages.image("png", 50, 40), 40_000_000)
                        .extension())
                .isEqualTo("png");
        assertThat(ImageProcessor.process(TestImages.image("gif", 50, 40), 40_000_000)
                        .contentType())
                .isEqualTo("image/png");
        ImageProcessor.Renditions webp = ImageProcessor.process(TestImages.WEBP, 40_000_000);
        assertThat(webp.contentType()).isEqualTo("image/jpeg");
        assertThat(webp.width()).isEqualTo(1);
    }

    @Test
    void aFakeOrBrokenImageIsRefused() throws IOException {
        assertThatThrownBy(
                        () -> ImageProcessor.process("đây không phải ảnh".getBytes(StandardCharsets.UTF_8), 40_000_000))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("media.notAnImage");
        byte[] png = TestImages.image("png", 200, 200);
        byte[] truncated = Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> ImageProcessor.process(truncated, 40_000_000)).hasMessage("media.corrupt");
        byte[] jpegHeaderThenText = new byte[64];
        jpegHeaderThenText[0] = (byte) 0xFF;
        jpegHeaderThenText[1] = (byte) 0xD8;
        jpegHeaderThenText[2] = (byte) 0xFF;
        assertThatThrownBy(() -> ImageProcessor.process(jpegHeaderThenText, 40_000_000))
                .hasMessage("media.corrupt");
    }

    @Test
    void tooManyPixelsIsRefusedBeforeDecoding() throws IOException {
        assertThatThrownBy(() -> ImageProcessor.process(TestImages.image("png", 400, 300), 100_000))
                .hasMessage("media.tooManyPixels");
    }
}
