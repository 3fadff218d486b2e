package org.evidenceledger.benchmark;

import java.util.List;

/**
 * A database's floor in commands/s, measured in several runs of the same load one after the other: its median is
 * what the service is compared with, and the range shows how much this machine moved meanwhile (1,898 to 3,431 in
 * three consecutive runs here, with the same code).
 */
record Floor(List<Double> runs) {

    Floor {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run");
        }
        runs = runs.stream().sorted().toList();
    }

    double median() {
        int middle = runs.size() / 2;
        return runs.size() % 2 == 1 ? runs.get(middle) : (runs.get(middle - 1) + runs.get(middle)) / 2;
    }

    double lowest() {
        return runs.get(0);
    }

    double highest() {
        return runs.get(runs.size() - 1);
    }
}
