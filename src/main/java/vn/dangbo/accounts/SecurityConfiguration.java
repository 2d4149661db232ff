package vn.dangbo.accounts;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.dangbo.shared.PublicPaths;

import java.util.List;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Everything needs a login except the login page, static assets, the health probe and the paths
 * a module declares public ({@link PublicPaths}: the news portal's pages). CSRF stays
 * on, except for the few posts a module takes from anyone and guards itself (readers' comments);
 * the content security policy allows only our own scripts and styles and forbids framing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths) throws Exception {
        RequestMatcher publicPages = request -> {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                return false;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return publicPaths.stream().anyMatch(paths -> paths.isPublic(path));
        };
        RequestMatcher publicPosts = request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return "POST".equals(request.getMethod()) && publicPaths.stream().anyMatch(paths -> paths.acceptsPostsFromAnyone(path));
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error").permitAll()
                        .requestMatchers(publicPages).permitAll()
                        .requestMatchers(publicPosts).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(publicPosts))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/organization", false).failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
