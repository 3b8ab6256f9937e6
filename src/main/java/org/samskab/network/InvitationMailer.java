package org.samskab.network;

import org.samskab.base.Language;
import org.samskab.base.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an invitation link by mail when Spring Mail is configured ({@code spring.mail.host}); otherwise reports
 * that it did not, and the coordinator copies the link instead.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Translations translations;
    private final InvitationSettings settings;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, Translations translations,
            InvitationSettings settings) {
        this.mailSender = mailSender;
        this.translations = translations;
        this.settings = settings;
    }

    /** @return true when the mail was handed to the mail server */
    boolean send(String email, String networkName, String link, Language language) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(email);
        message.setSubject(translations.translate(language, "invitation.mail.subject", networkName));
        message.setText(translations.translate(language, "invitation.mail.body", networkName, link,
                settings.validFor().toDays()));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not mail the invitation to {}: {}", email, e.getMessage());
            return false;
        }
    }
}
