package org.kbaudit.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kbaudit.domain.Provenance;

/**
 * Remembers where each host was first read and how it was spelt there, so that a second record of it is
 * rejected naming both places and both spellings (host names compare as {@link HostName#key} gives them:
 * ignoring case, surrounding white space and the final dot of an absolute DNS name).
 *
 * <p>It holds every host of the run, so it is the one structure that grows with the fleet; it is kept
 * compact (about 70 bytes a host instead of the ~180 of a map of strings and records): an open-addressing
 * table of 64-bit hashes pointing into chunks of bytes that hold each host, as it was spelt, and its first
 * place (an entry never spans two chunks; a chunk index and a position make its address). Hosts with equal
 * hashes are told apart by their names, so a collision never rejects a server by mistake.
 */
final class HostRegistry {

    private static final int CHUNK = 1 << 20;

    private long[] hashes = new long[1 << 12];
    private int[] ids = new int[1 << 12];
    private int size;
    private long[] offsets = new long[1 << 12];
    private final List<byte[]> chunks = new ArrayList<>();
    private int used;
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> sourceIds = new HashMap<>();

    /** The earlier record a host's record repeats, or {@code null} when the host is new (and now registered). */
    Duplicate register(String host, Provenance where) {
        byte[] key = HostName.key(host).getBytes(StandardCharsets.UTF_8);
        long hash = hash(key);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            if (hashes[slot] == 0) {
                insert(slot, hash, host, where);
                return null;
            }
            if (hashes[slot] == hash && sameHost(ids[slot], key)) {
                return new Duplicate(earlier(ids[slot]));
            }
        }
    }

    /** A record already read: the host as it spelt it, and where it is. */
    record Earlier(String host, Provenance place) {
    }

    /**
     * Why a record is not audited: the earlier record of its host.
     *
     * @param first the record audited in its place
     */
    record Duplicate(Earlier first) {

        /** The rejection's reason for a record of that host: both places, and both spellings when they differ. */
        String reason(String host) {
            String as = first.host().equals(host) ? "" : " as " + first.host();
            return "duplicate host " + host + ": already read from " + first.place() + as + "; audited once";
        }
    }

    private void insert(int slot, long hash, String host, Provenance where) {
        int id = size++;
        if (id == offsets.length) {
            offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
        }
        byte[] location = where.location().getBytes(StandardCharsets.UTF_8);
        int source = sourceIds.computeIfAbsent(where.source(), s -> {
            sources.add(s);
            return sources.size() - 1;
        });
        offsets[id] = append(host.getBytes(StandardCharsets.UTF_8), source, location);
        hashes[slot] = hash;
        ids[slot] = id;
        if (size * 2 > hashes.length) {
            grow();
        }
    }

    /** Stores [host length][host][source][location length][location]; returns where it starts. */
    private long append(byte[] host, int source, byte[] location) {
        int needed = 5 + host.length + 5 + 5 + location.length;
        if (chunks.isEmpty() || used + needed > chunks.get(chunks.size() - 1).length) {
            chunks.add(new byte[Math.max(CHUNK, needed)]);
            used = 0;
        }
        long start = ((long) (chunks.size() - 1) << 32) | used;
        byte[] chunk = chunks.get(chunks.size() - 1);
        used = putVarint(chunk, used, host.length);
        System.arraycopy(host, 0, chunk, used, host.length);
        used += host.length;
        used = putVarint(chunk, used, source);
        used = putVarint(chunk, used, location.length);
        System.arraycopy(location, 0, chunk, used, location.length);
        used += location.length;
        return start;
    }

    /** Whether the host of that entry has that key (its spelling may differ). */
    private boolean sameHost(int id, byte[] key) {
        Cursor c = new Cursor(offsets[id]);
        int length = c.varint();
        byte[] stored = HostName.key(new String(c.chunk, c.pos, length, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.equals(stored, key);
    }

    private Earlier earlier(int id) {
        Cursor c = new Cursor(offsets[id]);
        int hostLength = c.varint();
        String host = new String(c.chunk, c.pos, hostLength, StandardCharsets.UTF_8);
        c.pos += hostLength;
        String source = sources.get(c.varint());
        int length = c.varint();
        return new Earlier(host, new Provenance(source, new String(c.chunk, c.pos, length, StandardCharsets.UTF_8)));
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

    /** FNV-1a over the bytes, never 0 (0 marks an empty slot). */
    private static long hash(byte[] key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key) {
            h ^= b & 0xff;
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
