package org.samskab.base;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ConcurrentReferenceHashMap;

/**
 * Hands out one shared instance per distinct immutable value. Hundreds of screens on one board would otherwise
 * each keep their own equal copy of every note. Entries are softly referenced: the JVM drops them when memory runs
 * short (weak ones would go at every collection, while screens still hold the values, and sharing would stop).
 */
public final class Interner<T> {

    private final ConcurrentReferenceHashMap<T, T> instances =
            new ConcurrentReferenceHashMap<>(256, ConcurrentReferenceHashMap.ReferenceType.SOFT);

    /** The shared instance equal to {@code value} (which becomes it, if there was none); null for null. */
    public @Nullable T intern(@Nullable T value) {
        if (value == null) {
            return null;
        }
        T shared = instances.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }
}
