package org.kbaudit.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What was last made from a few objects, by the objects' identity, least recently used forgotten first.
 * Findings decided alike share their lists (memoised decisions), so what a report makes from such a list
 * is made once; findings decided one by one (with {@code --rules}) share nothing and only cycle through it.
 * For one thread.
 */
final class RecentByIdentity<K, V> {

    private final Map<Identity<K>, V> recent;

    RecentByIdentity(int capacity) {
        this.recent = new LinkedHashMap<>(2 * capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Identity<K>, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** What is remembered for that very object, or {@code null}. */
    V get(K key) {
        return recent.get(new Identity<>(key));
    }

    void put(K key, V value) {
        recent.put(new Identity<>(key), value);
    }

    /** What is remembered for that very object, made and remembered when there is none. */
    V computeIfAbsent(K key, Function<K, V> make) {
        return recent.computeIfAbsent(new Identity<>(key), k -> make.apply(k.object()));
    }

    /** An object compared by identity. */
    private record Identity<K>(K object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity<?> that && that.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}
