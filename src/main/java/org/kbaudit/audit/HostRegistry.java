package org.kbaudit.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kbaudit.domain.Provenance;

/**
 * Remembers where each host was first read and how it was spelt there, so that a second record of it is
 * rejected naming both places and both spellings (host names compare as {@link HostName#key} gives them:
 * ignoring case, surrounding white space and the final dot of an absolute DNS name).
 *
 * <p>A DNS name and its short name are one server ({@code web01.corp.example.com} and {@code WEB01}), whichever
 * comes first, but two DNS names that differ after the short name are two servers ({@code web01.corp-a.com},
 * {@code web01.corp-b.com}), and one short name is never the same server as both:
 * <ul>
 * <li>a short name read after one DNS name of it is a duplicate of that server; after two or more, it is
 *     rejected as a duplicate of one of them that cannot be told, naming the first two;</li>
 * <li>a DNS name read after its short name is a duplicate of that server, and from then on that DNS name is
 *     the short name's: a later DNS name of the same short name is another server.</li>
 * </ul>
 *
 * <p>It holds every host of the run, so it is the one structure that grows with the fleet; it is kept
 * compact (about 70 bytes a host instead of the ~180 of a map of strings and records): an open-addressing
 * table of 64-bit hashes pointing into chunks of bytes that hold each host, as it was spelt, and its first
 * place (an entry never spans two chunks; a chunk index and a position make its address). Hosts with equal
 * hashes are told apart by their names, so a collision never rejects a server by mistake. A host takes one
 * slot of the table: a DNS name is found by its short name while it is the only DNS name of it, so that a
 * short name finds its DNS name without a second slot; a second DNS name of a short name takes a slot of
 * its own, and one more says that the short name is shared.
 */
final class HostRegistry {

    private static final int CHUNK = 1 << 20;

    /** The hash of a whole name: a one-label name, an IP address, or a DNS name not first of its short name. */
    private static final long WHOLE = 0xcbf29ce484222325L;
    /** The hash of the short name of the first DNS name of it. */
    private static final long FIRST_OF_SHORT = 0x9e3779b97f4a7c15L;
    /** The hash of the short name of the second DNS name of it. */
    private static final long SECOND_OF_SHORT = 0xc2b2ae3d27d4eb4fL;

    private long[] hashes = new long[1 << 12];
    private int[] ids = new int[1 << 12];
    private int slots;
    private long[] offsets = new long[1 << 12];
    private int entries;
    private final List<byte[]> chunks = new ArrayList<>();
    private int used;
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> sourceIds = new HashMap<>();
    /** Whether any one-label host, or any DNS name, is registered: until then the other kind looks for none. */
    private boolean oneLabels;
    private boolean dnsNames;

    /** The earlier record a host's record repeats, or {@code null} when the host is new (and now registered). */
    DuplicateHost register(String host, Provenance where) {
        String name = HostName.key(host);
        byte[] key = name.getBytes(StandardCharsets.UTF_8);
        if (HostName.shortNameEnd(name) >= 0) {
            return registerDnsName(host, key, indexOfDot(key), where);
        }
        long whole = hash(WHOLE, key, key.length);
        int same = find(whole, key, key.length, true);
        if (same >= 0) {
            return new DuplicateHost(earlier(same), null);
        }
        boolean oneLabel = HostName.isOneLabel(name);
        if (oneLabel && dnsNames) {
            int first = find(hash(FIRST_OF_SHORT, key, key.length), key, key.length, false);
            if (first >= 0) {
                int second = find(hash(SECOND_OF_SHORT, key, key.length), key, key.length, false);
                return new DuplicateHost(earlier(first), second < 0 ? null : earlier(second));
            }
        }
        insert(-same - 1, whole, entry(host, where));
        oneLabels |= oneLabel;
        return null;
    }

    private DuplicateHost registerDnsName(String host, byte[] key, int dot, Provenance where) {
        long firstOfShort = hash(FIRST_OF_SHORT, key, dot);
        int first = find(firstOfShort, key, dot, false);
        if (first >= 0) {
            if (sameHost(first, key, key.length)) {
                return new DuplicateHost(earlier(first), null);
            }
            long whole = hash(WHOLE, key, key.length);
            int same = find(whole, key, key.length, true);
            if (same >= 0) {
                return new DuplicateHost(earlier(same), null);
            }
            int id = entry(host, where);
            insert(-same - 1, whole, id);
            long secondOfShort = hash(SECOND_OF_SHORT, key, dot);
            int second = find(secondOfShort, key, dot, false);
            if (second < 0) {
                insert(-second - 1, secondOfShort, id);
            }
            return null;
        }
        int shortName = oneLabels ? find(hash(WHOLE, key, dot), key, dot, true) : -1;
        if (shortName >= 0) {
            insert(-first - 1, firstOfShort, alias(host, shortName));
            dnsNames = true;
            return new DuplicateHost(earlier(shortName), null);
        }
        insert(-first - 1, firstOfShort, entry(host, where));
        dnsNames = true;
        return null;
    }

    /**
     * The entry a slot of that hash points to whose name has that key ({@code whole}) or whose short name has
     * that key; when there is none, {@code -1 - } the empty slot where it would go.
     */
    private int find(long hash, byte[] key, int length, boolean whole) {
        int mask = hashes.length - 1;
        int slot = (int) hash & mask;
        for (; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash
                    && (whole ? sameHost(ids[slot], key, length) : sameShortName(ids[slot], key, length))) {
                return ids[slot];
            }
        }
        return -1 - slot;
    }

    /** Fills an empty slot that {@link #find} gave, with no slot filled since. */
    private void insert(int slot, long hash, int id) {
        hashes[slot] = hash;
        ids[slot] = id;
        if (++slots * 2 > hashes.length) {
            grow();
        }
    }

    /** Registers a host read there; returns its id. */
    private int entry(String host, Provenance where) {
        int source = sourceIds.computeIfAbsent(where.source(), s -> {
            sources.add(s);
            return sources.size() - 1;
        });
        byte[] location = where.location().getBytes(StandardCharsets.UTF_8);
        return append(host.getBytes(StandardCharsets.UTF_8), source + 1, location, 0);
    }

    /** Registers a DNS name that is the server of a short name already read; returns its id. */
    private int alias(String host, int shortName) {
        return append(host.getBytes(StandardCharsets.UTF_8), 0, null, shortName);
    }

    /**
     * Stores [host length][host][source + 1][location length][location], or for an alias [host length][host][0]
     * [the short name's id]; returns the entry's id.
     */
    private int append(byte[] host, int tag, byte[] location, int target) {
        int needed = 5 + host.length + 5 + 5 + (location == null ? 0 : location.length);
        if (chunks.isEmpty() || used + needed > chunks.get(chunks.size() - 1).length) {
            chunks.add(new byte[Math.max(CHUNK, needed)]);
            used = 0;
        }
        long start = ((long) (chunks.size() - 1) << 32) | used;
        byte[] chunk = chunks.get(chunks.size() - 1);
        used = putVarint(chunk, used, host.length);
        System.arraycopy(host, 0, chunk, used, host.length);
        used += host.length;
        used = putVarint(chunk, used, tag);
        if (location == null) {
            used = putVarint(chunk, used, target);
        } else {
            used = putVarint(chunk, used, location.length);
            System.arraycopy(location, 0, chunk, used, location.length);
            used += location.length;
        }
        int id = entries++;
        if (id == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[id] = start;
        return id;
    }

    /** The key of an entry's host. */
    private byte[] keyOf(int id) {
        Cursor c = new Cursor(offsets[id]);
        int length = c.varint();
        String host = new String(c.chunk, c.pos, length, StandardCharsets.UTF_8);
        return HostName.key(host).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the host of that entry has that key (its spelling may differ). */
    private boolean sameHost(int id, byte[] key, int length) {
        byte[] stored = keyOf(id);
        return Arrays.equals(stored, 0, stored.length, key, 0, length);
    }

    /** Whether the host of that entry is a DNS name with that short name. */
    private boolean sameShortName(int id, byte[] key, int length) {
        byte[] stored = keyOf(id);
        String name = new String(stored, StandardCharsets.UTF_8);
        return HostName.shortNameEnd(name) >= 0 && indexOfDot(stored) == length
                && Arrays.equals(stored, 0, length, key, 0, length);
    }

    /** The record of an entry; for a DNS name registered as a short name's server, the short name's record. */
    private DuplicateHost.Earlier earlier(int id) {
        Cursor c = new Cursor(offsets[id]);
        int hostLength = c.varint();
        String host = new String(c.chunk, c.pos, hostLength, StandardCharsets.UTF_8);
        c.pos += hostLength;
        int tag = c.varint();
        if (tag == 0) {
            return earlier(c.varint());
        }
        int length = c.varint();
        String location = new String(c.chunk, c.pos, length, StandardCharsets.UTF_8);
        return new DuplicateHost.Earlier(host, new Provenance(sources.get(tag - 1), location));
    }

    private static int indexOfDot(byte[] key) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] == '.') {
                return i;
            }
        }
        return -1;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldIds = ids;
        hashes = new long[oldHashes.length * 2];
        ids = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = (int) oldHashes[i] & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    /**
     * FNV-1a over the first bytes of a key from that basis (one for each kind of slot), never 0 (0 marks an
     * empty slot).
     */
    private static long hash(long basis, byte[] key, int length) {
        long h = basis;
        for (int i = 0; i < length; i++) {
            h ^= key[i] & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h == 0 ? 1 : h;
    }

    private static int putVarint(byte[] chunk, int pos, int value) {
        while ((value & ~0x7f) != 0) {
            chunk[pos++] = (byte) ((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        chunk[pos++] = (byte) value;
        return pos;
    }

    /** Reads varints and bytes from the chunk an entry starts in (entries never span chunks). */
    private final class Cursor {
        final byte[] chunk;
        int pos;

        Cursor(long offset) {
            chunk = chunks.get((int) (offset >>> 32));
            pos = (int) offset;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = chunk[pos++];
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }
}
