package uk.frontdoor.benchmark;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds a session's memory: a minimal reader of a HotSpot heap dump ({@code jcmd GC.heap_dump}, HPROF 1.0.2) that
 * walks the live objects from the GC roots, breadth first, and names each object by its way from a root: the classes
 * and fields of its nearest holders. Two dumps compared (before and after N sessions opened) give, for each way, how
 * many objects and bytes a session added. Sizes are those of a 64-bit JVM with compressed pointers (12-byte headers,
 * 4-byte references, 8-byte alignment), as the class histogram counts them. No library here reads heap dumps, and
 * none can be fetched, so this reads just the records it needs.
 */
final class HeapDump {

    private static final int STRING = 0x01;
    private static final int LOAD_CLASS = 0x02;
    private static final int HEAP_DUMP = 0x0C;
    private static final int HEAP_DUMP_SEGMENT = 0x1C;
    private static final int OBJECT = 2;

    /** Class names by class object id. */
    private final Map<Long, String> classNames = new HashMap<>();
    private final Map<Long, ClassLayout> layouts = new HashMap<>();
    private final Map<Long, String> strings = new HashMap<>();
    private final LongIntMap index = new LongIntMap();
    private final List<Long> roots = new ArrayList<>();
    private int idSize;
    // Objects, by index: class id, shallow bytes, and their references (CSR: refs[refStart[i] .. refStart[i+1])).
    private long[] ids = new long[1 << 20];
    private long[] classOf = new long[1 << 20];
    private int[] sizes = new int[1 << 20];
    private int[] refStart = new int[(1 << 20) + 1];
    private long[] refs = new long[1 << 22];
    private int objects;
    /** An instance's references as they are read (no class has more than 64K fields). */
    private final long[] scratch = new long[1 << 16];
    private int refCount;

    /** The field names of a class's instances, itself first then its superclasses', and which hold references. */
    record ClassLayout(long superId, String[] names, byte[] types, int instanceBytes) {
    }

    /** Compares two dumps by hand: {@code HeapDump before.hprof|- after.hprof sessions [depth] [top]}. */
    public static void main(String[] args) throws IOException {
        int depth = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        printGrowth("-".equals(args[0]) ? Map.of() : read(Path.of(args[0])).byHolders(depth), read(Path.of(args[1])).byHolders(depth),
                Integer.parseInt(args[2]), args.length > 4 ? Integer.parseInt(args[4]) : 40);
    }

    static HeapDump read(Path file) throws IOException {
        HeapDump dump = new HeapDump();
        dump.pass(file, true);
        dump.pass(file, false);
        dump.resolve();
        return dump;
    }

    /** First pass: names and class layouts; second: instances and arrays, whose fields need every class's layout. */
    private void pass(Path file, boolean classes) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            while (in.readByte() != 0) {
                // "JAVA PROFILE 1.0.2\0"
            }
            idSize = in.readInt();
            in.readLong();
            while (true) {
                int tag;
                try {
                    tag = in.readUnsignedByte();
                } catch (EOFException end) {
                    return;
                }
                in.readInt();
                long length = Integer.toUnsignedLong(in.readInt());
                if (classes && tag == STRING) {
                    long id = id(in);
                    byte[] text = new byte[(int) length - idSize];
                    in.readFully(text);
                    strings.put(id, new String(text, StandardCharsets.UTF_8));
                } else if (classes && tag == LOAD_CLASS) {
                    in.readInt();
                    long classId = id(in);
                    in.readInt();
                    classNames.put(classId, strings.get(id(in)).replace('/', '.'));
                } else if (tag == HEAP_DUMP || tag == HEAP_DUMP_SEGMENT) {
                    heap(in, length, classes);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
    }

    private void heap(DataInputStream in, long length, boolean classes) throws IOException {
        long end = length;
        CountingInput counted = new CountingInput(in);
        DataInputStream sub = new DataInputStream(counted);
        while (counted.count < end) {
            int kind = sub.readUnsignedByte();
            switch (kind) {
                case 0xFF, 0x05, 0x07 -> root(sub, classes, 0);
                case 0x01 -> root(sub, classes, idSize);
                case 0x02, 0x03, 0x08 -> root(sub, classes, 8);
                case 0x04, 0x06 -> root(sub, classes, 4);
                case 0x20 -> classDump(sub, classes);
                case 0x21 -> instance(sub, classes);
                case 0x22 -> objectArray(sub, classes);
                case 0x23 -> primitiveArray(sub, classes);
                default -> throw new IOException("Unknown heap dump record " + kind);
            }
        }
    }

    private void root(DataInputStream in, boolean classes, int rest) throws IOException {
        long id = id(in);
        in.skipNBytes(rest);
        if (!classes) {
            roots.add(id);
        }
    }

    private void classDump(DataInputStream in, boolean classes) throws IOException {
        long classId = id(in);
        in.readInt();
        long superId = id(in);
        in.skipNBytes(5L * idSize);
        int instanceBytes = in.readInt();
        int constants = in.readUnsignedShort();
        for (int i = 0; i < constants; i++) {
            in.readUnsignedShort();
            in.skipNBytes(valueBytes(in.readUnsignedByte()));
        }
        List<Long> statics = new ArrayList<>();
        int staticCount = in.readUnsignedShort();
        for (int i = 0; i < staticCount; i++) {
            id(in);
            int type = in.readUnsignedByte();
            if (type == OBJECT) {
                statics.add(id(in));
            } else {
                in.skipNBytes(valueBytes(type));
            }
        }
        int fieldCount = in.readUnsignedShort();
        String[] names = new String[fieldCount];
        byte[] types = new byte[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            names[i] = strings.get(id(in));
            types[i] = (byte) in.readUnsignedByte();
        }
        if (classes) {
            layouts.put(classId, new ClassLayout(superId, names, types, instanceBytes));
        } else {
            // A class is an object too: its statics are its references.
            long[] held = statics.stream().mapToLong(Long::longValue).toArray();
            add(classId, classId, 0, held);
        }
    }

    private void instance(DataInputStream in, boolean classes) throws IOException {
        long id = id(in);
        in.readInt();
        long classId = id(in);
        int bytes = in.readInt();
        if (classes) {
            in.skipNBytes(bytes);
            return;
        }
        int held = 0;
        int fieldBytes = 0;
        for (long c = classId; c != 0; c = layouts.get(c).superId()) {
            for (byte type : layouts.get(c).types()) {
                if (type == OBJECT) {
                    scratch[held++] = id(in);
                    fieldBytes += 4;
                } else {
                    int size = valueBytes(type);
                    in.skipNBytes(size);
                    fieldBytes += size;
                }
            }
        }
        add(id, classId, align(12 + fieldBytes), Arrays.copyOf(scratch, held));
    }

    private void objectArray(DataInputStream in, boolean classes) throws IOException {
        long id = id(in);
        in.readInt();
        int length = in.readInt();
        long classId = id(in);
        if (classes) {
            in.skipNBytes((long) length * idSize);
            return;
        }
        long[] held = new long[length];
        for (int i = 0; i < length; i++) {
            held[i] = id(in);
        }
        add(id, classId, align(16 + 4L * length), held);
    }

    private void primitiveArray(DataInputStream in, boolean classes) throws IOException {
        long id = id(in);
        in.readInt();
        int length = in.readInt();
        int type = in.readUnsignedByte();
        in.skipNBytes((long) length * valueBytes(type));
        if (!classes) {
            add(id, primitiveArrayName(type), align(16 + (long) length * valueBytes(type)), new long[0]);
        }
    }

    /** Primitive arrays have no class id in the dump: a made-up negative one per type stands for it. */
    private long primitiveArrayName(int type) {
        long pseudo = -type;
        classNames.computeIfAbsent(pseudo, t -> switch (type) {
            case 4 -> "boolean[]";
            case 5 -> "char[]";
            case 6 -> "float[]";
            case 7 -> "double[]";
            case 8 -> "byte[]";
            case 9 -> "short[]";
            case 10 -> "int[]";
            default -> "long[]";
        });
        return pseudo;
    }

    private void add(long id, long classId, int size, long[] held) {
        if (objects + 1 >= ids.length) {
            int grown = ids.length * 2;
            ids = Arrays.copyOf(ids, grown);
            classOf = Arrays.copyOf(classOf, grown);
            sizes = Arrays.copyOf(sizes, grown);
            refStart = Arrays.copyOf(refStart, grown + 1);
        }
        if (refCount + held.length > refs.length) {
            refs = Arrays.copyOf(refs, Math.max(refs.length * 2, refCount + held.length));
        }
        ids[objects] = id;
        classOf[objects] = classId;
        sizes[objects] = size;
        refStart[objects] = refCount;
        System.arraycopy(held, 0, refs, refCount, held.length);
        refCount += held.length;
        objects++;
        refStart[objects] = refCount;
    }

    private void resolve() {
        for (int i = 0; i < objects; i++) {
            index.put(ids[i], i);
        }
    }

    /**
     * The live objects grouped by their way from a root: each object's class, then up to {@code depth} holders (the
     * object that reached it first, breadth first from the roots), each as class.field.
     */
    Map<String, long[]> byHolders(int depth) {
        int[] parent = new int[objects];
        Arrays.fill(parent, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (long root : roots) {
            int i = index.get(root);
            if (i >= 0 && parent[i] == -2) {
                parent[i] = -1;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int r = refStart[i]; r < refStart[i + 1]; r++) {
                int j = refs[r] == 0 ? -1 : index.get(refs[r]);
                if (j >= 0 && parent[j] == -2) {
                    parent[j] = i;
                    queue.add(j);
                }
            }
        }
        // A class loader or a thread is reached from whichever thread the walk met first, which differs from one
        // dump to the next: a way ends there, so that the same holders give the same way in both dumps.
        java.util.Set<Long> endsWays = new java.util.HashSet<>();
        for (long c : layouts.keySet()) {
            for (long s = c; s != 0 && layouts.containsKey(s); s = layouts.get(s).superId()) {
                String name = classNames.get(s);
                if ("java.lang.ClassLoader".equals(name) || "java.lang.Thread".equals(name)) {
                    endsWays.add(c);
                    break;
                }
            }
        }
        Map<String, long[]> groups = new HashMap<>();
        for (int i = 0; i < objects; i++) {
            if (parent[i] == -2) {
                continue;
            }
            StringBuilder way = new StringBuilder(className(i));
            int child = i;
            for (int level = 0; level < depth && parent[child] >= 0; level++) {
                int holder = parent[child];
                way.append(" <- ").append(className(holder)).append(field(holder, child));
                if (endsWays.contains(classOf[holder])) {
                    break;
                }
                child = holder;
            }
            long[] group = groups.computeIfAbsent(way.toString(), w -> new long[2]);
            group[0]++;
            group[1] += sizes[i];
        }
        return groups;
    }

    private String className(int i) {
        return classNames.getOrDefault(classOf[i], "?");
    }

    /** Which of the holder's fields refers to the object: its name, or [] for an array's element. */
    private String field(int holder, int child) {
        if (className(holder).startsWith("[")) {
            return "[]";
        }
        if (ids[holder] == classOf[holder]) {
            return ".<static>";
        }
        int r = refStart[holder];
        for (long c = classOf[holder]; c != 0; c = layouts.get(c).superId()) {
            ClassLayout l = layouts.get(c);
            for (int f = 0; f < l.types().length; f++) {
                if (l.types()[f] == OBJECT) {
                    if (refs[r] == ids[child]) {
                        return "." + l.names()[f];
                    }
                    r++;
                }
            }
        }
        return "";
    }

    /** Prints the ways that grew most from {@code before} to {@code after}, a session's share of each. */
    static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions, int top) {
        System.out.printf("%n  %12s %8s  %s%n", "bytes/session", "objects", "object <- its holders (first found from a GC root)");
        after.entrySet().stream()
                .map(e -> {
                    long[] then = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - then[0], e.getValue()[1] - then[1]});
                })
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(top)
                .forEach(e -> System.out.printf("  %12s %8.1f  %s%n", "%,d".formatted(e.getValue()[1] / sessions),
                        e.getValue()[0] / (double) sessions, e.getKey()));
    }

    private long id(DataInputStream in) throws IOException {
        return idSize == 4 ? Integer.toUnsignedLong(in.readInt()) : in.readLong();
    }

    private int valueBytes(int type) {
        return switch (type) {
            case OBJECT -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalArgumentException("Unknown type " + type);
        };
    }

    private static int align(long bytes) {
        return (int) ((bytes + 7) & ~7L);
    }

    /** Counts what a heap dump segment has read, to find its end. */
    private static final class CountingInput extends InputStream {
        private final InputStream in;
        long count;

        CountingInput(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** Object ids to indexes, open addressing: millions of objects, no boxing. */
    private static final class LongIntMap {
        private long[] keys = new long[1 << 21];
        private int[] values = new int[1 << 21];
        private int size;

        void put(long key, int value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(key, keys);
            if (keys[slot] == 0) {
                size++;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(long key) {
            int slot = slot(key, keys);
            return keys[slot] == key ? values[slot] : -1;
        }

        private static int slot(long key, long[] keys) {
            int mask = keys.length - 1;
            int slot = (int) (Long.hashCode(key * 0x9E3779B97F4A7C15L)) & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(oldKeys[i], keys);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }
}
