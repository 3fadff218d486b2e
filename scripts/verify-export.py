#!/usr/bin/env python3
"""Recompute every event's hash from an export (GET /api/audit/export), without the ledger's code;
with --digest, also the root (RFC 9162) of the first treeSize leaves of a saved GET /api/audit/digest.

Usage: python3 scripts/verify-export.py export.ndjson [--digest saved.json]   (exit 1 on any failure)
"""
import hashlib
import json
import sys

# Events recorded before intake bounded numbers may hold integers of up to 10,000 digits.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

last = {}
leaves = {}
failed = 0
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    md = {k: str(v) for k, v in e["metaData"].items() if k not in ("hash", "previousHash")}
    text = "\n".join(["ledger-event-hash-v1", e["eventIdentifier"], e["partnershipId"],
                      str(e["sequenceNumber"]), e["payloadType"], e["payloadRevision"] or "",
                      e["metaData"].get("previousHash", ""),
                      json.dumps(md, sort_keys=True, separators=(",", ":"), ensure_ascii=False)]) + "\n"
    ok = hashlib.sha256((text + e["payloadText"]).encode("utf-8")).hexdigest() == e["metaData"].get("hash")
    linked = e["metaData"].get("previousHash") == last.get(e["partnershipId"])
    last[e["partnershipId"]] = e["metaData"].get("hash")
    if e.get("leafIndex") is not None:
        leaves[e["leafIndex"]] = bytes.fromhex(e["metaData"]["hash"])
    if not (ok and linked):
        failed += 1
    print(e["partnershipId"], e["sequenceNumber"], "ok" if ok and linked else "VIOLATION")


def mth(d):  # RFC 9162 section 2.1.1
    if len(d) <= 1:
        return hashlib.sha256(b"\0" + d[0] if d else b"").digest()
    k = 1 << (len(d) - 1).bit_length() - 1
    return hashlib.sha256(b"\1" + mth(d[:k]) + mth(d[k:])).digest()


if "--digest" in sys.argv:
    digest = json.load(open(sys.argv[sys.argv.index("--digest") + 1], encoding="utf-8"))
    n = digest["treeSize"]
    same = all(i in leaves for i in range(n)) and mth([leaves[i] for i in range(n)]).hex() == digest["rootHash"]
    failed += 0 if same else 1
    print("digest", n, "ok" if same else "VIOLATION: the export's first leaves do not give the saved rootHash")
sys.exit(1 if failed else 0)
