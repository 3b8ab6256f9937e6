package org.samskab.member;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.NotForScreens;
import org.samskab.base.TextRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts. A member's own screens use the operations on "my" account, which ask {@link ActingMember} who that
 * is; the operations that take a member id are for other features' services and sign-in, which have checked
 * whose id it is ({@link NotForScreens}, docs/adr/0204).
 */
@Service
@Transactional
public class MemberService {

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordAttempts attempts;
    /** Asked only when called: the security layer that answers it is built on this service. */
    private final ObjectProvider<ActingMember> acting;

    /**
     * Every guest account's password hash: a hash of a random secret thrown away at once, so that it matches no
     * password anyone can type. Hashed once per server, not per guest: a room of guests joins at once.
     */
    private final String noPassword;

    MemberService(MemberRepository members, PasswordEncoder passwordEncoder, Clock clock,
            ApplicationEventPublisher events, PasswordAttempts attempts, ObjectProvider<ActingMember> acting) {
        this.acting = acting;
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
        this.attempts = attempts;
        this.noPassword = passwordEncoder.encode(randomSecret());
    }

    /** Creates an account; refuses an e-mail address that already has one. */
    @NotForScreens
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

    /**
     * An account for a guest of one gathering (docs/adr/0187): a made-up address nobody knows and no password. The
     * caller has checked that the gathering is live and lets guests in.
     */
    @NotForScreens
    public MemberProfile createGuest(@Nullable String displayName, Language language, long gatheringId) {
        String name = TextRules.requiredText(displayName, TextRules.NAME_MAX, "field.name");
        String email = "guest-" + java.util.UUID.randomUUID() + GUEST_DOMAIN;
        Member guest = new Member(email, name, noPassword, language, Instant.now(clock));
        guest.makeGuestOf(gatheringId);
        return MemberProfile.of(members.saveAndFlush(guest));
    }

    /** 32 random bytes, Base64: within BCrypt's 72 bytes. */
    private static String randomSecret() {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return java.util.Base64.getEncoder().encodeToString(secret);
    }

    /** Where guests' made-up addresses end: a reserved name (RFC 2606) that no mail reaches. */
    public static final String GUEST_DOMAIN = "@guests.samskab.invalid";

    /** Whether the account is a guest let into this gathering and not ended. */
    @NotForScreens
    @Transactional(readOnly = true)
    public boolean isGuestIn(long memberId, long gatheringId) {
        return members.isGuestIn(memberId, gatheringId);
    }

    /** The guests in a gathering now, in the order they came. */
    @NotForScreens
    @Transactional(readOnly = true)
    public java.util.List<GuestProfile> guestsOf(long gatheringId) {
        return members.findGuestsOf(gatheringId).stream().map(GuestProfile::of).toList();
    }

    /** Ends every guest of a gathering that closes; their posts stay. */
    @NotForScreens
    public int endGuestsOf(long gatheringId) {
        return members.endGuestsOf(gatheringId, Instant.now(clock));
    }

    /** Ends one guest of the gathering; "not found" for anyone who is not (or no longer) a guest there. */
    @NotForScreens
    public void endGuest(long memberId, long gatheringId) {
        Member guest = members.findById(memberId).filter(m -> java.util.Objects.equals(m.getGuestOf(), gatheringId))
                .filter(m -> !m.isEndedGuest()).orElseThrow(ItemNotFoundException::new);
        guest.endGuest(Instant.now(clock));
        members.saveAndFlush(guest);
    }

    @NotForScreens
    @Transactional(readOnly = true)
    public Optional<MemberProfile> findByEmail(@Nullable String email) {
        if (email == null) {
            return Optional.empty();
        }
        return members.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT)).map(MemberProfile::of);
    }

    /** The account with its password hash, for sign-in only. An ended guest signs nobody in. */
    @NotForScreens
    @Transactional(readOnly = true)
    public Optional<Member> findForSignIn(@Nullable String email) {
        return email == null ? Optional.empty()
                : members.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT))
                        .filter(member -> !member.isEndedGuest() && !member.isErased());
    }

    @NotForScreens
    @Transactional(readOnly = true)
    public MemberProfile profile(long memberId) {
        return MemberProfile.of(load(memberId));
    }

    /** True when the password is this member's, for actions that ask for it again (joining another network). */
    @NotForScreens
    @Transactional(readOnly = true)
    public boolean passwordMatches(long memberId, @Nullable String rawPassword) {
        return checkPassword(load(memberId), rawPassword);
    }

    /**
     * Checks a password as an attempt (docs/adr/0201): too many wrong ones for the account or from the address
     * refuse with {@link PasswordsPausedException} before the hash is computed.
     */
    private boolean checkPassword(Member member, @Nullable String rawPassword) {
        String address = PasswordAttempts.currentAddress();
        attempts.begin(member.getEmail(), address);
        boolean matches = rawPassword != null && passwordEncoder.matches(rawPassword, member.getPasswordHash());
        if (matches) {
            attempts.succeeded(member.getEmail(), address);
        } else {
            attempts.failed(member.getEmail(), address);
        }
        return matches;
    }

    @NotForScreens
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
    @NotForScreens
    public MemberProfile changeLanguage(long memberId, @Nullable Language language) {
        if (language == null) {
            throw new InvalidInputException("validation.required",
                    new TextRules.TranslatedArgument("field.language"));
        }
        Member member = load(memberId);
        member.setLanguage(language);
        return MemberProfile.of(members.saveAndFlush(member));
    }

    @NotForScreens
    public void changePassword(long memberId, @Nullable String currentPassword, @Nullable String newPassword) {
        Member member = load(memberId);
        if (member.isGuest()) {
            throw new org.samskab.base.PermissionDeniedException(); // a guest signs in by the gathering's code only
        }
        if (!checkPassword(member, currentPassword)) {
            throw new InvalidInputException("validation.current-password-wrong");
        }
        member.setPasswordHash(passwordEncoder.encode(TextRules.password(newPassword)));
        members.saveAndFlush(member);
        events.publishEvent(new PasswordChanged(memberId, member.getEmail()));
    }

    /** The signed-in member's own account. */
    @Transactional(readOnly = true)
    public MemberProfile myProfile() {
        return profile(me());
    }

    /** The signed-in member renames themselves or changes the language they read Samskab in. */
    public MemberProfile updateMyProfile(@Nullable String displayName, @Nullable Language language) {
        return updateProfile(me(), displayName, language);
    }

    /** The language the signed-in member reads Samskab in, as chosen where they were (the sign-in page). */
    public MemberProfile changeMyLanguage(@Nullable Language language) {
        return changeLanguage(me(), language);
    }

    /** A new password for the signed-in member, given the current one (a guest has none to change). */
    public void changeMyPassword(@Nullable String currentPassword, @Nullable String newPassword) {
        changePassword(me(), currentPassword, newPassword);
    }

    private long me() {
        return acting.getObject().id();
    }

    /** True once any site administrator exists; the bootstrap runs only before that. */
    @NotForScreens
    @Transactional(readOnly = true)
    public boolean siteAdminExists() {
        return members.existsBySiteAdminTrue();
    }

    /** Makes an account a site administrator. Only the configuration bootstrap calls this. */
    @NotForScreens
    public void grantSiteAdmin(long memberId) {
        Member member = load(memberId);
        member.setSiteAdmin(true);
        members.saveAndFlush(member);
    }

    /**
     * One member's display name, or empty for a deleted account: read by id, which Hibernate answers without
     * building a query (a query for one name cost more than the rest of adding a note; JFR, docs/adr/0200).
     */
    @NotForScreens
    @Transactional(readOnly = true)
    public java.util.Optional<String> displayName(long memberId) {
        // A deleted account is named nowhere (docs/adr/0197): it is left out, as an anonymous author is.
        return members.findById(memberId).filter(m -> !m.isErased()).map(Member::getDisplayName);
    }

    /** Display names by member id, for showing who wrote what; deleted accounts are left out. */
    @NotForScreens
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (MemberRepository.Named named : members.findNames(memberIds)) {
            names.put(named.id(), named.displayName());
        }
        return names;
    }

    /**
     * Deletes the account of {@code memberId} as the GDPR asks (docs/adr/0197): the row stays for the posts and log
     * entries that point at it, with nothing of the person left. Callers have checked it is the member's own
     * request and done the rest (their posts made anonymous, their memberships and actions handed on).
     */
    @NotForScreens
    public void erase(long memberId) {
        Member member = load(memberId);
        if (member.isErased()) {
            return;
        }
        member.erase("erased-" + memberId + "@erased.invalid",
                passwordEncoder.encode(java.util.UUID.randomUUID().toString()), java.time.Instant.now(clock));
        members.saveAndFlush(member);
    }

    /** A reference to the account for another feature's entity to point at; not a read of its data. */
    @NotForScreens
    public Member reference(long memberId) {
        return members.getReferenceById(memberId);
    }

    private Member load(long memberId) {
        return members.findById(memberId).orElseThrow(ItemNotFoundException::new);
    }
}
