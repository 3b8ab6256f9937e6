package org.samskab.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.samskab.member.PasswordAttempts;
import org.samskab.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * Only the portal's own scripts, styles, fonts and connections; images also as data (the QR code) and blobs.
     * Vaadin needs inline scripts and styles and {@code eval} (its bootstrap, Lit's renderers, {@code executeJs}).
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                    + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RememberedSignIn rememberedSignIn,
            AuthenticationManager authenticationManager) throws Exception {
        // The form's password check is the throttled one (docs/adr/0201), not one Spring builds from the user
        // details service.
        http.authenticationManager(authenticationManager);
        // The theme is plain static CSS and must load on the sign-in page too.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/scripts/**", "/images/**").permitAll());
        // What the browser may load and who may frame the portal (docs/adr/0202). HSTS is Spring's default on
        // HTTPS (behind the proxy too, which forwards the scheme); X-Content-Type-Options: nosniff likewise.
        // Written before the request is handled: Vaadin's forward to its servlet answers with a response on which
        // headers written at its commit did not arrive.
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Signed in across a restart (see RememberedSignIn); its logout handler deletes the member's tokens.
        http.rememberMe(rememberMe -> rememberMe.rememberMeServices(rememberedSignIn).key(rememberedSignIn.getKey()));
        // An address no view answers reaches Vaadin's router for a signed-in member, which shows the not-found page
        // with 404. Vaadin's default for such requests is denyAll, which gave members a bare 403; visitors are
        // still sent to sign in, so nobody signed out learns which addresses exist. Views keep their own checks.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /** Every sign-in with a password, the form's and {@link SignIn}'s, goes through the throttled check (ADR 0201). */
    @Bean
    AuthenticationManager authenticationManager(MemberUserDetailsService members, PasswordEncoder passwordEncoder,
            PasswordAttempts attempts, RememberedSignIn rememberedSignIn) {
        // The filter chain is given this manager whole: the remembered sign-in's provider has to be in it too.
        return new ProviderManager(new ThrottledPasswordCheck(members, passwordEncoder, attempts),
                new RememberMeAuthenticationProvider(rememberedSignIn.getKey()));
    }

    /** BCrypt today, behind the delegating encoder so stored hashes can move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
