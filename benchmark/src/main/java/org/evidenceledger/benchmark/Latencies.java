package org.evidenceledger.benchmark;

import java.util.Arrays;

/** Latencies of one kind of request, in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    synchronized int count() {
        return size;
    }

    synchronized double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.ceil(percentile / 100.0 * size) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
