package vn.htx.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.htx.portal.search.domain.IndexRebuild;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.SearchIndexes;

/**
 * What a visitor types, and what must come first, over the demo content. Each line is a question a
 * member of a cooperative or a journalist would ask the portal; the expected page is the one that
 * answers it.
 */
class SearchRelevanceIntegrationTests extends PortalIntegrationTest {

    @Autowired
    private SearchApi search;

    @Autowired
    private IndexRebuild rebuild;

    @BeforeEach
    void indexSettled() throws InterruptedException {
        SearchIndexes.awaitNoRebuild(rebuild);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            thi dua khen thuong dong luc               | /bai-viet/day-manh-cong-tac-thi-dua-khen-thuong
            thi đua khen thưởng                        | /bai-viet/day-manh-cong-tac-thi-dua-khen-thuong
            THI ĐUA KHEN THƯỞNG                        | /bai-viet/day-manh-cong-tac-thi-dua-khen-thuong
            4454                                       | /van-ban/4454-qd-bnn-vpdp
            4454/QĐ-BNN                                | /van-ban/4454-qd-bnn-vpdp
            4454/QD-BNN-VPDP                           | /van-ban/4454-qd-bnn-vpdp
            23/2012/QH13                               | /van-ban/23-2012-qh13
            13-NQ/TW                                   | /van-ban/13-nq-tw
            628                                        | /van-ban/628-lmhtxvn-cspt
            Nguyễn Sinh Hùng                           | /van-ban/23-2012-qh13
            lúa hữu cơ                                 | /bai-viet/hop-tac-xa-nong-nghiep-tan-tien-mo-rong-vung-lua-huu-co
            lua huu co                                 | /bai-viet/hop-tac-xa-nong-nghiep-tan-tien-mo-rong-vung-lua-huu-co
            lựa                                        | /bai-viet/luat-hop-tac-xa-nam-2023
            chè OCOP                                   | /bai-viet/san-pham-che-cua-hop-tac-xa-tan-huong
            chè                                        | /bai-viet/san-pham-che-cua-hop-tac-xa-tan-huong
            tôm sạch                                   | /bai-viet/hop-tac-xa-dich-vu-thuy-san-binh-minh
            phần mềm kế toán                           | /bai-viet/chuyen-doi-so-trong-hop-tac-xa
            chuyen doi so                              | /bai-viet/chuyen-doi-so-trong-hop-tac-xa
            chậm nộp báo cáo                           | /bai-viet/nhac-nho-cac-hop-tac-xa-cham-nop-bao-cao
            đại hội nhiệm kỳ 2026-2031                 | /bai-viet/dai-hoi-dai-bieu-lien-minh-hop-tac-xa-tinh-lan-thu-vii
            hồ sơ vay vốn 2018                         | /van-ban/210-cv-lmhtx
            tiếp công dân                              | /thong-bao/thong-bao-lich-tiep-cong-dan-thang-12-nam-2026
            nghi tet duong lich                        | /thong-bao/thong-bao-nghi-tet-duong-lich-nam-2027
            hội chợ xúc tiến thương mại 2027           | /thong-bao/thong-bao-tuyen-chon-hop-tac-xa-tham-gia-hoi-cho
            15.000 hợp tác xã                          | /van-ban/461-qd-ttg
            đồng bằng sông Cửu Long                    | /van-ban/445-qd-ttg
            kinh tế tập thể năm 2018 phương hướng 2019 | /van-ban/45-bc-lmhtx
            Ngày Hợp tác xã Việt Nam 11/4              | /van-ban/17-tb-lmhtx
            bằng khen 2018                             | /van-ban/12-qd-lmhtx
            đăng ký lại chuyển đổi                     | /van-ban/1870-ubnd-ktth
            chi thi quan ly nha nuoc kinh te tap the   | /van-ban/05-ct-ubnd
            2017-08-15                                 | /van-ban/1520-qd-ubnd
            """)
    void theRightItemComesFirst(String query, String expectedStart) {
        List<SearchHit> hits =
                search.search(SearchRequest.of(query, 1, 10)).page().items();

        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).url()).as(query).startsWith(expectedStart);
    }
}
