#!/usr/bin/env python3
"""Recompute every event's hash from an export (GET /api/audit/export), without the ledger's code.

Usage: python3 scripts/verify-export.py export.ndjson   (exit 1 if any event fails)
"""
import hashlib
import json
import sys

# Events recorded before intake bounded numbers may hold integers of up to 10,000 digits.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

last = {}
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
    if not (ok and linked):
        failed += 1
    print(e["partnershipId"], e["sequenceNumber"], "ok" if ok and linked else "VIOLATION")
sys.exit(1 if failed else 0)
