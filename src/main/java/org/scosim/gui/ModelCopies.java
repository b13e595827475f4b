package org.scosim.gui;

import org.scosim.model.ScoModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory copies of a running model, taken at the start of a year so that the year can be decided again under
 * another rule. The model's mutable state (schedule, random generator, states, trade, trust, agreements) is
 * serialized; the immutable {@link org.scosim.scenario.Scenario} is shared by reference between the original and
 * the copy (it never changes during a run, and sharing keeps copies small and fast).
 */
public final class ModelCopies {
    private ModelCopies() {
    }

    /** A serialized model plus the immutable objects it shares with the original. */
    public static final class Copy {
        private final byte[] bytes;
        private final List<Object> shared;
        private final int year;

        private Copy(byte[] bytes, List<Object> shared, int year) {
            this.bytes = bytes;
            this.shared = shared;
            this.year = year;
        }

        /** The year that starts from this copy. */
        public int year() { return year; }

        public int sizeBytes() { return bytes.length; }
    }

    private record Ref(int index) implements Serializable {
    }

    /** Copies {@code m}; {@code year} is the year the copy starts. Call between steps only. */
    public static Copy take(ScoModel m, int year) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
        List<Object> shared = new ArrayList<>();
        try (Out out = new Out(buf, shared)) {
            out.writeObject(m);
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy the model: " + e, e);
        }
        return new Copy(buf.toByteArray(), List.copyOf(shared), year);
    }

    /** A new model equal to the one copied (its observer is not copied: set it again). */
    public static ScoModel restore(Copy c) {
        try (In in = new In(new ByteArrayInputStream(c.bytes), c.shared)) {
            return (ScoModel) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot restore the model: " + e, e);
        }
    }

    private static final class Out extends ObjectOutputStream {
        private final List<Object> shared;
        private final Map<Object, Integer> index = new IdentityHashMap<>();

        Out(OutputStream s, List<Object> shared) throws IOException {
            super(s);
            this.shared = shared;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (!isImmutableConfiguration(obj)) return obj;
            Integer k = index.get(obj);
            if (k == null) {
                k = shared.size();
                shared.add(obj);
                index.put(obj, k);
            }
            return new Ref(k);
        }
    }

    /** The scenario: immutable, so the copy may share it. */
    static boolean isImmutableConfiguration(Object obj) {
        return obj instanceof org.scosim.scenario.Scenario;
    }

    private static final class In extends ObjectInputStream {
        private final List<Object> shared;

        In(InputStream s, List<Object> shared) throws IOException {
            super(s);
            this.shared = shared;
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            return obj instanceof Ref r ? shared.get(r.index()) : obj;
        }
    }
}
