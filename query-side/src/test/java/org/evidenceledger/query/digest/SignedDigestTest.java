package org.evidenceledger.query.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.evidenceledger.platform.testing.TestDataDirectories;
import org.evidenceledger.query.testing.QueryApi;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** With an operator's Ed25519 key made by openssl, digests carry a signature openssl accepts. */
@DirtiesContext
class SignedDigestTest extends QuerySideHttpTest {

    private static final Path KEYS = TestDataDirectories.create("signing-key");

    @DynamicPropertySource
    static void signingKey(DynamicPropertyRegistry registry) {
        OpenSsl.runOk(KEYS, "genpkey", "-algorithm", "ed25519", "-out", "key.pem");
        OpenSsl.runOk(KEYS, "pkey", "-in", "key.pem", "-pubout", "-out", "openssl-pub.pem");
        registry.add("ledger.audit.signing-key", () -> KEYS.resolve("key.pem").toString());
    }

    @Test
    void givenASigningKey_whenADigestIsAsked_thenOpensslVerifiesItsSignatureWithThePublishedKey() throws Exception {
        ledger.record("2026-06-04T09:00:00Z", announced("signed-digest", "2026-06-04"));
        JsonNode key = api.get("/api/audit/signing-key", QueryApi.AUDIT).ok();
        JsonNode digest = api.get("/api/audit/digest", QueryApi.AUDIT).ok();

        assertThat(key.get("publicKey").asString()).isEqualTo(Files.readString(KEYS.resolve("openssl-pub.pem")));
        String der = OpenSsl.runOk(KEYS, "pkey", "-pubin", "-in", "openssl-pub.pem", "-outform", "DER", "-out", "pub.der");
        assertThat(der).isEmpty();
        assertThat(key.get("keyId").asString()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(KEYS.resolve("pub.der")))));
        assertThat(digest.get("keyId").asString()).isEqualTo(key.get("keyId").asString());

        Files.writeString(KEYS.resolve("pub.pem"), key.get("publicKey").asString());
        Files.write(KEYS.resolve("sig"), Base64.getDecoder().decode(digest.get("signature").asString()));
        write("msg", digest.get("treeSize").asLong(), digest.get("rootHash").asString(), digest.get("issuedAt").asString());
        OpenSsl.Result verified = OpenSsl.run(KEYS, "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin",
                "-in", "msg", "-sigfile", "sig");
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Signature Verified Successfully");

        write("forged", digest.get("treeSize").asLong() + 1, digest.get("rootHash").asString(), digest.get("issuedAt").asString());
        assertThat(OpenSsl.run(KEYS, "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin",
                "-in", "forged", "-sigfile", "sig").exitCode()).isNotZero();
    }

    /** The signed text exactly as API.md gives it, written here on its own. */
    private static void write(String file, long treeSize, String rootHash, String issuedAt) throws IOException {
        Files.writeString(KEYS.resolve(file), "ledger-tree-head-v1\n" + treeSize + "\n" + rootHash + "\n" + issuedAt,
                StandardCharsets.UTF_8);
    }
}
