package vn.htx.portal.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.search.SearchApi;
import vn.htx.portal.search.SearchKind;
import vn.htx.portal.search.SearchRequest;
import vn.htx.portal.search.SearchResults;

/** {@code /tim-kiem}: one search over articles, documents and announcements. */
@Controller
class SearchController {

    /** What the visitor asked, as the page and its links repeat it. */
    record Query(String q, SearchKind kind, Integer year, SearchRequest.Order order) {

        String url(SearchKind kind, Integer year) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("q", q);
            if (kind != null) {
                params.put("loai", kind.slug());
            }
            if (year != null) {
                params.put("nam", year);
            }
            if (order == SearchRequest.Order.NEWEST) {
                params.put("sap-xep", "moi-nhat");
            }
            UriComponentsBuilder url = UriComponentsBuilder.fromPath("/tim-kiem");
            params.forEach(url::queryParam);
            return url.encode().build().toUriString();
        }

        /** This search's address without a page, for the pagination links. */
        public String url() {
            return url(kind, year);
        }

        public String withKind(SearchKind other) {
            return url(other, null);
        }

        public String withYear(Integer other) {
            return url(kind, other);
        }

        public boolean newest() {
            return order == SearchRequest.Order.NEWEST;
        }
    }

    private final SearchApi search;
    private final int pageSize;

    SearchController(SearchApi search, PortalProperties properties) {
        this.search = search;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/tim-kiem")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(name = "loai", required = false) String kind,
            @RequestParam(name = "nam", required = false) Integer year,
            @RequestParam(name = "sap-xep", required = false) String order,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            HttpServletResponse response) {
        String typed = q == null ? "" : q.strip();
        Query query = new Query(
                typed,
                SearchKind.fromSlug(kind),
                year,
                "moi-nhat".equals(order) ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE);
        model.addAttribute("query", query);
        model.addAttribute("kinds", SearchKind.values());
        model.addAttribute("maxLength", SearchRequest.MAX_QUERY_LENGTH);
        if (typed.isEmpty()) {
            model.addAttribute("problem", "search.empty");
            return "search/results";
        }
        if (typed.length() > SearchRequest.MAX_QUERY_LENGTH) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "search.tooLong");
            model.addAttribute("typedLength", typed.length());
            return "search/results";
        }
        SearchResults results = search.search(new SearchRequest(
                typed,
                query.kind() == null ? Set.of() : Set.of(query.kind()),
                year,
                null,
                null,
                query.order(),
                page,
                pageSize));
        model.addAttribute("results", results);
        return "search/results";
    }
}
