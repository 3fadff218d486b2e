package org.evidenceledger.query.digest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** openssl run as a process: a check made outside the JVM. Missing openssl fails the test loudly. */
final class OpenSsl {

    private OpenSsl() {
    }

    record Result(int exitCode, String output) {
    }

    static Result run(Path directory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new AssertionError("openssl is needed to check signatures outside the JVM (CI installs it): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String runOk(Path directory, String... arguments) {
        Result result = run(directory, arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError("openssl " + String.join(" ", arguments) + " failed: " + result.output());
        }
        return result.output();
    }
}
