package org.jingzhun.security;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.jingzhun.inbox.InboxService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import jakarta.servlet.DispatcherType;

@Configuration
class SecurityConfig {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /**
     * The API's description and Swagger UI: read-only pages for a signed-in person (our session) or an HTTP Basic
     * client. Anonymous browsers go to the login page, other clients get a Basic challenge.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/docs"), PATHS.matcher("/api/docs/**"),
                PATHS.matcher("/api/swagger-ui/**"), PATHS.matcher("/api/openapi.json"),
                PATHS.matcher("/api/openapi.json/**")))
            .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
            .httpBasic(Customizer.withDefaults())
            .formLogin(form -> form.loginPage("/login"))
            .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /**
     * Machine clients: HTTP Basic against the same users, no session, no CSRF (a session cookie is never read here,
     * so a page of another site cannot make a signed-in browser call the API).
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, IdentityService identityService, InboxService inbox)
            throws Exception {
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/engine-rest/**"), PATHS.matcher("/api/**")))
            .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .anyRequest()
                .authenticated())
            .httpBasic(Customizer.withDefaults())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
            .addFilterAfter(new EngineRestScopeFilter(inbox), EngineAuthenticationFilter.class);
        return http.build();
    }

    /** People: form login; the Camunda webapps only for administrators, signed in by the same session. */
    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
            .permitAll()
            .requestMatchers(PATHS.matcher("/error"), PATHS.matcher("/login"), PATHS.matcher("/css/**"),
                    PATHS.matcher("/js/**"), PATHS.matcher("/favicon.ico"))
            .permitAll()
            .requestMatchers(PATHS.matcher("/camunda/**"), PATHS.matcher("/h2-console/**"),
                    PATHS.matcher("/admin/**"))
            .hasRole("ADMIN")
            .anyRequest()
            .authenticated())
            .formLogin(form -> form.loginPage("/login").permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
            .csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/api/**"),
                    PATHS.matcher("/h2-console/**")));
        return http.build();
    }

    /** Lets Cockpit, Tasklist and Admin take the user from our session instead of asking again. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }

}
