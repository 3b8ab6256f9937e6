package org.samskab.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.samskab.base.Language;

/**
 * A person with an account. The e-mail address is stored lower-case and is the sign-in name. A guest's account
 * (docs/adr/0187) names the one gathering it was let into; its address is made up and unknown to anyone, its
 * password hash matches no password, and once ended it signs nobody in.
 */
@Entity
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String language;

    @Column(name = "site_admin", nullable = false)
    private boolean siteAdmin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The gathering a guest was let into; null for a member. */
    @Column(name = "guest_of")
    private @Nullable Long guestOf;

    @Column(name = "guest_ended_at")
    private @Nullable Instant guestEndedAt;

    @Version
    private long version;

    /** When the account was deleted (docs/adr/0197): the row stays for what points at it, the person does not. */
    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    protected Member() {
    }

    Member(String email, String displayName, String passwordHash, Language language, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.language = language.code();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Language getLanguage() {
        return Language.fromCode(language).orElse(Language.ENGLISH);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isSiteAdmin() {
        return siteAdmin;
    }

    /** The gathering a guest was let into; null for a member. */
    public @Nullable Long getGuestOf() {
        return guestOf;
    }

    public boolean isGuest() {
        return guestOf != null;
    }

    /** A guest whose gathering closed or who was removed: it signs nobody in and is let in nowhere. */
    public boolean isEndedGuest() {
        return guestOf != null && guestEndedAt != null;
    }

    void makeGuestOf(long gatheringId) {
        this.guestOf = gatheringId;
    }

    void endGuest(Instant at) {
        if (guestEndedAt == null) {
            guestEndedAt = at;
        }
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setLanguage(Language language) {
        this.language = language.code();
    }

    void setSiteAdmin(boolean siteAdmin) {
        this.siteAdmin = siteAdmin;
    }

    boolean isErased() {
        return erasedAt != null;
    }

    /** Forgets the person: an address nobody has, no name, a password nobody knows, no rights. */
    void erase(String placeholderEmail, String unusablePasswordHash, Instant now) {
        this.email = placeholderEmail;
        this.displayName = "";
        this.passwordHash = unusablePasswordHash;
        this.siteAdmin = false;
        this.erasedAt = now;
    }
}
