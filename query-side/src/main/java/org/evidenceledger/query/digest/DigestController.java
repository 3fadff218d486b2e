package org.evidenceledger.query.digest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.evidenceledger.platform.web.ApiDocumentation;
import org.evidenceledger.platform.web.LedgerProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Digests of the ledger's log and the proofs an auditor holds them to (API.md "Ledger digests"). */
@RestController
public class DigestController {

    private static final HexFormat HEX = HexFormat.of();

    private final LedgerLog log;
    private final MerkleTree tree;
    private final DigestSigner signer;
    private final Clock clock;

    public DigestController(LedgerLog log, DigestSigner signer, Clock clock) {
        this.log = log;
        this.tree = new MerkleTree(log);
        this.signer = signer;
        this.clock = clock;
    }

    @Operation(operationId = "getDigest", summary = "Get a digest of the ledger's log")
    @GetMapping("/api/audit/digest")
    public TreeHead digest(
            @Parameter(description = "The root of the first treeSize leaves; the current size if absent.",
                    schema = @Schema(type = "integer", format = "int64", minimum = "0"))
            @RequestParam(required = false) String treeSize) {
        long size = log.size();
        long m = treeSize == null ? size : number("treeSize", treeSize, 0, size);
        String rootHash = HEX.formatHex(tree.root(m));
        String issuedAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        String signature = signer.sign(TreeHead.signedText(m, rootHash, issuedAt)).orElse(null);
        return new TreeHead(m, rootHash, issuedAt, signature, signer.keyId());
    }

    @Operation(operationId = "getConsistencyProof", summary = "Get a consistency proof between two tree sizes")
    @GetMapping("/api/audit/consistency")
    public ConsistencyProof consistency(
            @Parameter(required = true, schema = @Schema(type = "integer", format = "int64", minimum = "1"))
            @RequestParam(required = false) String first,
            @Parameter(required = true, description = "At most the current size, at least first.",
                    schema = @Schema(type = "integer", format = "int64", minimum = "1"))
            @RequestParam(required = false) String second) {
        long size = log.size();
        long n = number("second", required("second", second), 1, size);
        long m = number("first", required("first", first), 1, n);
        return new ConsistencyProof(m, n, HEX.formatHex(tree.root(m)), HEX.formatHex(tree.root(n)),
                hex(tree.consistency(m, n)));
    }

    @Operation(operationId = "getInclusionProof", summary = "Get an event's inclusion proof")
    @ApiResponse(responseCode = "200", description = "The proof that the event is leaf leafIndex of the tree.")
    @ApiResponse(responseCode = "404", description = "The event is not in the ledger's log (or not within treeSize).")
    @GetMapping("/api/audit/inclusion")
    public InclusionProof inclusion(
            @Parameter(required = true, schema = @Schema(type = "string", pattern = ApiDocumentation.ANCHORED_SLUG))
            @RequestParam(required = false) String partnershipId,
            @Parameter(required = true, schema = @Schema(type = "integer", format = "int64", minimum = "0"))
            @RequestParam(required = false) String sequenceNumber,
            @Parameter(description = "The current size if absent.",
                    schema = @Schema(type = "integer", format = "int64", minimum = "1"))
            @RequestParam(required = false) String treeSize) {
        long size = log.size();
        String stream = required("partnershipId", partnershipId);
        long sequence = number("sequenceNumber", required("sequenceNumber", sequenceNumber), 0, Long.MAX_VALUE);
        long n = treeSize == null ? size : number("treeSize", treeSize, 1, size);
        long leafIndex = log.leafIndexOf(stream, sequence).filter(index -> index < size).orElseThrow(() ->
                LedgerProblem.notFound("Event " + sequence + " of '" + stream + "' is not in the ledger's log."));
        if (leafIndex >= n) {
            throw LedgerProblem.badParameter("treeSize", "must be at least " + (leafIndex + 1)
                    + ", the event's leaf index plus one");
        }
        return new InclusionProof(leafIndex, n, HEX.formatHex(tree.root(n)), hex(tree.inclusion(leafIndex, n)));
    }

    @Operation(operationId = "getSigningKey", summary = "Get the public key that signs digests")
    @ApiResponse(responseCode = "200", description = "The key that signs digests.")
    @ApiResponse(responseCode = "404", description = "No signing key is configured: digests are unsigned.")
    @GetMapping("/api/audit/signing-key")
    public SigningKey signingKey() {
        if (!signer.configured()) {
            throw LedgerProblem.notFound("No signing key is configured (ledger.audit.signing-key): digests are unsigned.");
        }
        return new SigningKey(signer.keyId(), signer.publicKeyPem());
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw LedgerProblem.badParameter(name, "is required");
        }
        return value;
    }

    private static long number(String name, String value, long min, long max) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw LedgerProblem.badParameter(name, "must be a whole number");
        }
        if (number < min || number > max) {
            throw LedgerProblem.badParameter(name, "must be between " + min + " and " + max
                    + (max == Long.MAX_VALUE ? "" : " (the log's current size bounds it)"));
        }
        return number;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
