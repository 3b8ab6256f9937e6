package org.samskab.member;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.TextRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts. Callers pass the id of the member acting on their own account, taken from the security context by
 * the caller's service or view, never from a URL.
 */
@Service
@Transactional
public class MemberService {

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberService(MemberRepository members, PasswordEncoder passwordEncoder, Clock clock,
            ApplicationEventPublisher events) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /** Creates an account; refuses an e-mail address that already has one. */
    public MemberProfile createAccount(String email, String displayName, Language language, String rawPassword) {
        String normalisedEmail = TextRules.email(email);
        String name = TextRules.requiredText(displayName, TextRules.NAME_MAX, "field.name");
        String password = TextRules.password(rawPassword);
        if (members.existsByEmail(normalisedEmail)) {
            throw new InvalidInputException("validation.email-taken");
        }
        Member member = new Member(normalisedEmail, name, passwordEncoder.encode(password), language,
                Instant.now(clock));
        return MemberProfile.of(members.saveAndFlush(member));
    }

    @Transactional(readOnly = true)
    public Optional<MemberProfile> findByEmail(@Nullable String email) {
        if (email == null) {
            return Optional.empty();
        }
        return members.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT)).map(MemberProfile::of);
    }

    /** The account with its password hash, for sign-in only. */
    @Transactional(readOnly = true)
    public Optional<Member> findForSignIn(@Nullable String email) {
        return email == null ? Optional.empty()
                : members.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Transactional(readOnly = true)
    public MemberProfile profile(long memberId) {
        return MemberProfile.of(load(memberId));
    }

    /** True when the password is this member's, for actions that ask for it again (joining another network). */
    @Transactional(readOnly = true)
    public boolean passwordMatches(long memberId, @Nullable String rawPassword) {
        return rawPassword != null && passwordEncoder.matches(rawPassword, load(memberId).getPasswordHash());
    }

    public MemberProfile updateProfile(long memberId, @Nullable String displayName, @Nullable Language language) {
        String name = TextRules.requiredText(displayName, TextRules.NAME_MAX, "field.name");
        if (language == null) {
            throw new InvalidInputException("validation.required",
                    new TextRules.TranslatedArgument("field.language"));
        }
        Member member = load(memberId);
        boolean renamed = !name.equals(member.getDisplayName());
        member.setDisplayName(name);
        member.setLanguage(language);
        MemberProfile saved = MemberProfile.of(members.saveAndFlush(member));
        if (renamed) {
            events.publishEvent(new MemberRenamed(memberId, name));
        }
        return saved;
    }

    /** The language the member reads Samskab in, as chosen where they were (the sign-in page). */
    public MemberProfile changeLanguage(long memberId, @Nullable Language language) {
        if (language == null) {
            throw new InvalidInputException("validation.required",
                    new TextRules.TranslatedArgument("field.language"));
        }
        Member member = load(memberId);
        member.setLanguage(language);
        return MemberProfile.of(members.saveAndFlush(member));
    }

    public void changePassword(long memberId, @Nullable String currentPassword, @Nullable String newPassword) {
        Member member = load(memberId);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, member.getPasswordHash())) {
            throw new InvalidInputException("validation.current-password-wrong");
        }
        member.setPasswordHash(passwordEncoder.encode(TextRules.password(newPassword)));
        members.saveAndFlush(member);
    }

    /** True once any site administrator exists; the bootstrap runs only before that. */
    @Transactional(readOnly = true)
    public boolean siteAdminExists() {
        return members.existsBySiteAdminTrue();
    }

    /** Makes an account a site administrator. Only the configuration bootstrap calls this. */
    public void grantSiteAdmin(long memberId) {
        Member member = load(memberId);
        member.setSiteAdmin(true);
        members.saveAndFlush(member);
    }

    /** Display names by member id, for showing who wrote what. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return java.util.Map.of();
        }
        return members.findAllById(memberIds).stream()
                .collect(java.util.stream.Collectors.toMap(Member::getId, Member::getDisplayName));
    }

    /** A reference to the account for another feature's entity to point at; not a read of its data. */
    public Member reference(long memberId) {
        return members.getReferenceById(memberId);
    }

    private Member load(long memberId) {
        return members.findById(memberId).orElseThrow(ItemNotFoundException::new);
    }
}
