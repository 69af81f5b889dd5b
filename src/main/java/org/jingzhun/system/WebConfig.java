package org.jingzhun.system;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language from the browser (Accept-Language), overridden by the switch in the header (?lang=en / zh-CN). */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("jingzhun-lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                // ?lang=fr would otherwise be remembered and show the English texts under lang="fr"
                Locale supported = locale == null ? null : supported(locale);
                if (locale == null || supported != null) {
                    super.setLocale(request, response, supported);
                }
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(WebConfig::fromBrowser);
        return resolver;
    }

    /**
     * The first of the browser's languages (by preference) that we have, else Chinese. Without an Accept-Language
     * header the servlet container would answer with the server's own locale, so that case is Chinese too.
     */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale supported = supported(wanted);
            if (supported != null) {
                return supported;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** Our locale for that language (zh-TW reads the simplified texts), or null. */
    static Locale supported(Locale wanted) {
        return SUPPORTED.stream()
            .filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
            .findFirst()
            .orElse(null);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

}
