package org.samskab.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samskab.Refusals.refused;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.Language;
import org.samskab.base.TextRules;
import org.samskab.base.TextRules.TranslatedArgument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts: the rules for names, addresses and passwords, and that what is stored comes back unchanged. */
@IntegrationTest
class MemberServiceTest {

    private static final TranslatedArgument NAME = new TranslatedArgument("field.name");

    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAddressThatAlreadyHasAnAccountIsRefusedWhateverItsCase() {
        String email = Fixtures.unique("Kari") + "@X.no";
        MemberProfile kari = create(email, "Kari Nordmann");
        assertThat(kari.email()).isEqualTo(email.toLowerCase(Locale.ROOT));

        assertThat(refused(() -> create(email, "Kari Again"), "validation.email-taken").messageArguments())
                .isEmpty();
        refused(() -> create(email.toLowerCase(Locale.ROOT), "Kari Lower"), "validation.email-taken");
        refused(() -> create(email.toUpperCase(Locale.ROOT), "Kari Upper"), "validation.email-taken");
        refused(() -> create("  " + email + "\t", "Kari Padded"), "validation.email-taken");

        assertThat(jdbc.queryForObject("select count(*) from member where email = ?", Long.class,
                email.toLowerCase(Locale.ROOT))).isEqualTo(1);
        assertThat(members.findByEmail(email.toUpperCase(Locale.ROOT)).orElseThrow().displayName())
                .isEqualTo("Kari Nordmann");
    }

    @Test
    void aNameOfExactlyOneHundredCharactersIsAcceptedAndOneMoreIsRefused() {
        String hundred = "N".repeat(TextRules.NAME_MAX);
        assertThat(hundred).hasSize(100);

        assertThat(create(newEmail(), hundred).displayName()).isEqualTo(hundred);
        String email = newEmail();
        assertThat(refused(() -> create(email, hundred + "x"), "validation.too-long").messageArguments())
                .containsExactly(NAME, 100);
        assertThat(members.findByEmail(email)).isEmpty();
    }

    @Test
    void surroundingSpaceIsTrimmedAndDoesNotCountTowardsTheLimit() {
        String hundred = "M".repeat(100);
        assertThat(create(newEmail(), "  " + hundred + "  ").displayName()).isEqualTo(hundred);
        assertThat(create(newEmail(), "  Kari Nordmann \t").displayName()).isEqualTo("Kari Nordmann");
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        String ninetyNinePlusEmoji = "a".repeat(99) + "🌱";
        assertThat(ninetyNinePlusEmoji.length()).as("UTF-16 units").isEqualTo(101);

        MemberProfile created = create(newEmail(), ninetyNinePlusEmoji);

        assertThat(created.displayName()).isEqualTo(ninetyNinePlusEmoji);
        assertThat(storedName(created.id())).isEqualTo(ninetyNinePlusEmoji);
        assertThat(refused(() -> create(newEmail(), "a".repeat(100) + "🌱"), "validation.too-long")
                .messageArguments()).containsExactly(NAME, 100);
    }

    @Test
    void anEmptyOrBlankNameIsRefused() {
        for (String blank : new String[] {null, "", "   ", "\t\n"}) {
            String email = newEmail();
            assertThat(refused(() -> create(email, blank), "validation.required").messageArguments())
                    .containsExactly(NAME);
            assertThat(members.findByEmail(email)).isEmpty();
        }
    }

    @Test
    void markupInANameIsRefused() {
        for (String markup : new String[] {"<b>x</b>", "<script>", "Kari <script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "</b>", "<!-- x -->"}) {
            String email = newEmail();
            assertThat(refused(() -> create(email, markup), "validation.no-markup").messageArguments())
                    .containsExactly(NAME);
            assertThat(members.findByEmail(email)).isEmpty();
        }
        // A lone angle bracket is not markup, nor is "< a" (no browser reads a tag there).
        assertThat(create(newEmail(), "Per <3 Pål").displayName()).isEqualTo("Per <3 Pål");
        assertThat(create(newEmail(), "Team 2 < 3 > 1").displayName()).isEqualTo("Team 2 < 3 > 1");
    }

    @Test
    void emojiAndDanishAndNorwegianLettersComeBackExactlyFromTheDatabase() {
        for (String name : new String[] {"Åse 🌱 Ødegård", "æøåÆØÅ", "Søren Kierkegaard 👩‍👩‍👧"}) {
            MemberProfile created = create(newEmail(), name);

            assertThat(members.profile(created.id()).displayName()).isEqualTo(name);
            assertThat(storedName(created.id())).isEqualTo(name);
            assertThat(jdbc.queryForObject("select char_length(display_name) from member where id = ?",
                    Integer.class, created.id())).isEqualTo(name.codePointCount(0, name.length()));
        }
        MemberProfile renamed = create(newEmail(), "Before");
        members.updateProfile(renamed.id(), "Ærlig Øyvind Ålesund 🎉", Language.DANISH);
        assertThat(members.profile(renamed.id()).displayName()).isEqualTo("Ærlig Øyvind Ålesund 🎉");
        assertThat(storedName(renamed.id())).isEqualTo("Ærlig Øyvind Ålesund 🎉");
    }

    @Test
    void aTooShortPasswordIsRefusedAndTenCharactersAreEnough() {
        String email = newEmail();
        assertThat(refused(() -> members.createAccount(email, "Short", Language.ENGLISH, "123456789"),
                "validation.password-too-short").messageArguments()).containsExactly(TextRules.PASSWORD_MIN);
        refused(() -> members.createAccount(email, "Short", Language.ENGLISH, null), "validation.password-too-short");
        assertThat(members.findByEmail(email)).isEmpty();

        MemberProfile created = members.createAccount(email, "Long Enough", Language.ENGLISH, "1234567890");
        assertThat(members.passwordMatches(created.id(), "1234567890")).isTrue();
        assertThat(members.passwordMatches(created.id(), "123456789")).isFalse();
    }

    @Test
    void thePasswordIsStoredOnlyAsAHash() {
        MemberProfile created = create(newEmail(), "Hashed");
        String stored = jdbc.queryForObject("select password_hash from member where id = ?", String.class,
                created.id());
        assertThat(stored).doesNotContain(Fixtures.PASSWORD).startsWith("{bcrypt}");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndTheOldPasswordStillWorks() {
        MemberProfile member = create(newEmail(), "Changer");

        refused(() -> members.changePassword(member.id(), "wrong-password-1", "brand-new-password"),
                "validation.current-password-wrong");
        refused(() -> members.changePassword(member.id(), null, "brand-new-password"),
                "validation.current-password-wrong");
        assertThat(members.passwordMatches(member.id(), Fixtures.PASSWORD)).isTrue();
        assertThat(members.passwordMatches(member.id(), "brand-new-password")).isFalse();

        // The right current password with a too-short new one changes nothing either.
        refused(() -> members.changePassword(member.id(), Fixtures.PASSWORD, "short"),
                "validation.password-too-short");
        assertThat(members.passwordMatches(member.id(), Fixtures.PASSWORD)).isTrue();

        members.changePassword(member.id(), Fixtures.PASSWORD, "brand-new-password");
        assertThat(members.passwordMatches(member.id(), "brand-new-password")).isTrue();
        assertThat(members.passwordMatches(member.id(), Fixtures.PASSWORD)).isFalse();
    }

    @Test
    void updatingTheProfileStoresNameAndLanguage() {
        MemberProfile member = create(newEmail(), "Old Name");
        assertThat(member.language()).isEqualTo(Language.ENGLISH);

        MemberProfile updated = members.updateProfile(member.id(), "  Ny Navn ", Language.NORWEGIAN_BOKMAL);

        assertThat(updated.displayName()).isEqualTo("Ny Navn");
        assertThat(updated.language()).isEqualTo(Language.NORWEGIAN_BOKMAL);
        assertThat(members.profile(member.id())).isEqualTo(updated);
        assertThat(jdbc.queryForObject("select language from member where id = ?", String.class, member.id()))
                .isEqualTo("nb");

        members.updateProfile(member.id(), "Ny Navn", Language.DANISH);
        assertThat(members.profile(member.id()).language()).isEqualTo(Language.DANISH);
    }

    @Test
    void aRefusedProfileUpdateChangesNothing() {
        MemberProfile member = create(newEmail(), "Stays");
        refused(() -> members.updateProfile(member.id(), "<b>Bold</b>", Language.DANISH), "validation.no-markup");
        refused(() -> members.updateProfile(member.id(), "x".repeat(101), Language.DANISH), "validation.too-long");
        refused(() -> members.updateProfile(member.id(), " ", Language.DANISH), "validation.required");
        assertThat(refused(() -> members.updateProfile(member.id(), "Valid", null), "validation.required")
                .messageArguments()).containsExactly(new TranslatedArgument("field.language"));

        assertThat(members.profile(member.id())).isEqualTo(member);
    }

    @Test
    void namesAreReadForWhoWroteWhatAndADeletedAccountIsNamedNowhere() {
        MemberProfile kept = create(newEmail(), "Åse Kept");
        MemberProfile gone = create(newEmail(), "Gone Soon");
        assertThat(members.displayNames(java.util.List.of(kept.id(), gone.id())))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(kept.id(), "Åse Kept", gone.id(), "Gone Soon"));

        members.erase(gone.id());

        assertThat(members.displayNames(java.util.List.of(kept.id(), gone.id(), -1L)))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(kept.id(), "Åse Kept"));
        assertThat(members.displayName(kept.id())).contains("Åse Kept");
        assertThat(members.displayName(gone.id())).isEmpty();
        assertThat(members.displayName(-1L)).isEmpty();
        assertThat(members.displayNames(java.util.List.of())).isEmpty();
    }

    private MemberProfile create(String email, String name) {
        return members.createAccount(email, name, Language.ENGLISH, Fixtures.PASSWORD);
    }

    private String storedName(long memberId) {
        return jdbc.queryForObject("select display_name from member where id = ?", String.class, memberId);
    }

    private static String newEmail() {
        return Fixtures.unique("member") + "@test.example";
    }
}
