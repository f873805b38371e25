package vn.htx.portal.documents.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.htx.portal.search.FileText;

class SimplePdfTextTests {

    @Test
    void theDemoPdfsKeepTheirDiacriticsWithAFontOfThisMachine() {
        assertThat(SimplePdf.vietnameseFont())
                .as("a font with Vietnamese letters (.ci/run installs fonts-dejavu-core)")
                .isPresent();
        assertThat(FileText.extract(SimplePdf.page(List.of("Số: 4454/QĐ-BNN-VPĐP", "Phụ lục kèm theo")), "pdf"))
                .contains("Số: 4454/QĐ-BNN-VPĐP")
                .contains("Phụ lục kèm theo");
    }
}
