package vn.htx.portal.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error a visitor can meet is a Vietnamese page in the site's frame, whatever the client
 * asked for in {@code Accept} (browsers, link checkers and crawlers alike); only {@code /api/}
 * answers in JSON. Nothing about the failure itself (message, exception, stack trace) is shown.
 */
@Controller
class PortalErrorController implements ErrorController {

    private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 413, 500);

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = statusOf(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (path.startsWith("/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.value(), "error", status.getReasonPhrase()));
        }
        response.setStatus(status.value());
        String messages = OWN_PAGES.contains(status.value()) ? "error." + status.value() : "error.generic";
        return new ModelAndView(
                "error",
                Map.of("status", status.value(), "titleKey", messages + ".title", "textKey", messages + ".text"),
                status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
