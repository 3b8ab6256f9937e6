package org.samskab.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.samskab.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RememberedSignIn rememberedSignIn) throws Exception {
        // The theme is plain static CSS and must load on the sign-in page too.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/scripts/**", "/images/**").permitAll());
        // Signed in across a restart (see RememberedSignIn); its logout handler deletes the member's tokens.
        http.rememberMe(rememberMe -> rememberMe.rememberMeServices(rememberedSignIn).key(rememberedSignIn.getKey()));
        // An address no view answers reaches Vaadin's router for a signed-in member, which shows the not-found page
        // with 404. Vaadin's default for such requests is denyAll, which gave members a bare 403; visitors are
        // still sent to sign in, so nobody signed out learns which addresses exist. Views keep their own checks.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /** BCrypt today, behind the delegating encoder so stored hashes can move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
