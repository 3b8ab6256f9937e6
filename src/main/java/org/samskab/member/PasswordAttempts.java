package org.samskab.member;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password attempts per account and per address (docs/adr/0201), for every check of a password: signing in,
 * accepting an invitation to an existing account, changing the password, deleting the account. An account's
 * attempt is counted before the password is checked, so parallel guesses at one account cannot slip past the
 * count while the hash is being computed; an address counts its wrong passwords only, so that a room of people
 * behind one address signing in at once is not held up (the benchmark's start of a gathering found that). More
 * than {@link #ACCOUNT_LIMIT} attempts for one account, or more than the address limit of wrong passwords from one
 * address, within {@link #WINDOW} of the first, are refused without checking the password until the window ends.
 * A right password clears its account's count. The address limit is higher because a
 * town hall's staff sign in from behind one address; an IPv6 address counts by its /64 network, which one
 * household or office gets. Kept in memory, as the join code's attempts: a restart forgets them, and each server
 * counts its own.
 */
@Component
public class PasswordAttempts {

    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final int addressLimit;
    private final Cache<String, AtomicInteger> accounts;
    private final Cache<String, AtomicInteger> addresses;

    /**
     * {@code addressLimit}: the tests' own setting raises it, since every browser test signs in from the loopback
     * address; {@code SignInThrottleTest} checks the default on attempts of its own.
     */
    @Autowired
    PasswordAttempts(@Value("${samskab.sign-in.attempts-per-address:" + ADDRESS_LIMIT + "}") int addressLimit) {
        this(addressLimit, Ticker.systemTicker());
    }

    public PasswordAttempts(int addressLimit, Ticker ticker) {
        this.addressLimit = addressLimit;
        // The window starts with an account's or address's first attempt: counting is not a write.
        this.accounts = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(WINDOW).maximumSize(100_000).build();
        this.addresses = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(WINDOW).maximumSize(100_000).build();
    }

    /**
     * Counts an attempt for {@code account} (an e-mail address) from {@code address} (null: not from a request),
     * before its password is checked; throws {@link PasswordsPausedException} when either has used its attempts.
     */
    public void begin(String account, @Nullable String address) {
        String network = network(address);
        AtomicInteger wrongFromThere = network == null ? null : addresses.getIfPresent(network);
        if (wrongFromThere != null && wrongFromThere.get() >= addressLimit) {
            throw new PasswordsPausedException();
        }
        if (accounts.get(key(account), k -> new AtomicInteger()).incrementAndGet() > ACCOUNT_LIMIT) {
            throw new PasswordsPausedException();
        }
    }

    /** The password was right: the account starts again. */
    public void succeeded(String account, @Nullable String address) {
        accounts.invalidate(key(account));
    }

    /** The password was wrong (or the account unknown): the address has one wrong password more. */
    public void failed(String account, @Nullable String address) {
        String network = network(address);
        if (network != null) {
            addresses.get(network, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** The address of the request being answered, if any. */
    public static @Nullable String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    /** E-mail addresses are one account whatever their case or padding, as the sign-in itself treats them. */
    private static String key(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }

    /** An IPv4 address as it is; an IPv6 address by its first 64 bits. */
    private static @Nullable String network(@Nullable String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal (it has a colon): parsed, never looked up.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }
}
