package org.samskab.floor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The floor: one {@code @Push} view; pressing "Send" shows the field's text in every open UI, each through its
 * own {@code ui.access}. Whatever Samskab adds on top of this (security, database, Collaboration Engine, a real
 * board) is what the benchmark's ratio measures.
 */
@SpringBootApplication
@Push
public class FloorApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }

    /** The same Atmosphere tuning as Samskab (org.samskab.live.PushTuning), so the floor is the stack as configured. */
    @Bean
    static BeanPostProcessor atmosphereParameters(
            @Value("${samskab.push.broadcaster-wait-ms:5}") int broadcasterWaitMillis) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter("org.atmosphere.cpr.Broadcaster.threadWaitTime",
                            Integer.toString(broadcasterWaitMillis));
                }
                return bean;
            }
        };
    }

    @Route("")
    public static class BroadcastView extends Main {

        private static final Set<BroadcastView> OPEN = ConcurrentHashMap.newKeySet();

        private final Div message = new Div();

        public BroadcastView() {
            TextField text = new TextField();
            Button send = new Button("Send", e -> broadcast(text.getValue()));
            Div form = new Div(text, send);
            form.addClassName("send-form");
            message.addClassName("message");
            add(form, message);
        }

        private static void broadcast(String text) {
            for (BroadcastView view : OPEN) {
                view.getUI().ifPresent(ui -> ui.access(() -> view.message.setText(text)));
            }
        }

        @Override
        protected void onAttach(AttachEvent event) {
            OPEN.add(this);
        }

        @Override
        protected void onDetach(DetachEvent event) {
            OPEN.remove(this);
        }
    }
}
