package vn.htx.portal.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import vn.htx.portal.shared.web.PublicUrls;
import vn.htx.portal.site.Layout;
import vn.htx.portal.site.LayoutService;

/**
 * Adds the shared frame ({@code layout}) to every page rendered from a template, the error pages
 * included, and to nothing else: feeds, redirects and assets never pay for the sidebar's queries.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(LayoutInterceptor.class);

    private final LayoutService layouts;
    private final MessageSource messages;
    private final PublicUrls urls;

    LayoutInterceptor(LayoutService layouts, MessageSource messages, PublicUrls urls) {
        this.layouts = layouts;
        this.messages = messages;
        this.urls = urls;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || mav.getView() instanceof RedirectView) {
            return;
        }
        String viewName = mav.getViewName();
        if (viewName == null && mav.getView() == null) {
            return;
        }
        if (viewName != null && (viewName.startsWith("redirect:") || viewName.startsWith("forward:"))) {
            return;
        }
        mav.addObject("layout", layoutFor(response));
        // the menu marks the item that leads here (aria-current)
        mav.addObject(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        // printed under the site's name, so that a page on paper says where it came from
        mav.addObject("pageAddress", urls.absolute(request, addressOf(request)));
    }

    /** The path and query the visitor asked for; for an error page, those of the request that failed. */
    private static String addressOf(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed instanceof String uri) {
            return uri;
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private Layout layoutFor(HttpServletResponse response) {
        try {
            return layouts.layout();
        } catch (RuntimeException e) {
            if (response.getStatus() < 500) {
                throw e;
            }
            // An error page must still render when what failed is the database itself.
            log.warn("Showing an error page without sidebar: {}", e.toString());
            String siteName = messages.getMessage("site.defaultName", null, LocaleContextHolder.getLocale());
            return Layout.withoutSidebar(siteName);
        }
    }
}
