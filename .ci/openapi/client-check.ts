// Compiled (tsc --strict) against the types openapi-typescript generates from the served document: a client
// team's view of the contract. The Summary's fields are required, nullable exactly where the service
// writes null; answers and refusals have their own types.
import type { components, operations } from "./api";

type Summary = components["schemas"]["Summary"];
type Problem = components["schemas"]["Problem"];

const summary = {} as Summary;
const announcedOn: string = summary.announcedOn;
const daysWithout: number = summary.daysWithoutOutcomeData;
const target: string | null = summary.deploymentTargetDate;
const daysToFirst: number | null = summary.daysToFirstOutcomeData;
// @ts-expect-error a nullable field is not a plain string
const deployed: string = summary.firstDeployedOn;
// @ts-expect-error every field of the Summary is required
const partial: Summary = { partnershipId: "x" };

type Announced = operations["announcePartnership"]["responses"][201]["content"]["application/json"];
const announced: Announced = { partnershipId: "mayo-microsoft-frontier-model", version: 0 };
type Recorded = operations["publishBenchmark"]["responses"][201]["content"]["application/json"];
const recorded: Recorded = { partnershipId: "mayo-microsoft-frontier-model", entryId: "benchmark-1", version: 1 };
type Refused = operations["publishBenchmark"]["responses"][422]["content"]["application/problem+json"];
const refused: Refused = { type: "urn:problem:ledger:422", title: "Unknown entry", status: 422 };
type NotFound = operations["getPartnershipSummary"]["responses"][404]["content"]["application/problem+json"];
const notFound: Problem = {} as NotFound;
type Started = operations["startReplay"]["responses"][202]["content"]["application/json"];
const started: Started = { replayId: "r" };
type Details = components["schemas"]["TimelineEntry"]["details"];
const details: Details = { metric: "AUROC" };

export const used = [announcedOn, daysWithout, target, daysToFirst, deployed, partial, announced, recorded, refused,
  notFound, started, details];
