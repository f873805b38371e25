package vn.htx.portal.users.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;
import vn.htx.portal.users.UsersApi;

/** Every back-office page shows who is signed in and the menu of their role: {@code me} in the model. */
@Configuration(proxyBeanMethods = false)
class BackOfficeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final UsersApi users;

    BackOfficeInterceptor(UsersApi users) {
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/quan-tri", "/quan-tri/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || mav.getView() instanceof RedirectView) {
            return;
        }
        String view = mav.getViewName();
        if (view != null && view.startsWith("redirect:")) {
            return;
        }
        users.current().ifPresent(me -> mav.addObject("me", me));
    }
}
