import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Library } from "./library/library.js";

export type Metrics = ReturnType<typeof createMetrics>;

/** The service's metrics, in a registry of its own (Prometheus text format at `GET /metrics`). */
export function createMetrics(library: Library) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "subsidia_" });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: "subsidia_http_requests_total",
      help: "HTTP requests answered, by route, method and status",
      labelNames: ["route", "method", "status"] as const,
      registers,
    }),
    duration: new Histogram({
      name: "subsidia_http_request_duration_seconds",
      help: "time to answer an HTTP request, by route",
      labelNames: ["route"] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    inFlight: new Gauge({
      name: "subsidia_http_requests_in_flight",
      help: "HTTP requests received and not yet answered",
      registers,
    }),
    decisions: new Counter({
      name: "subsidia_decisions_total",
      help: "decisions answered (and recorded in the decision log when it is on), by kind",
      labelNames: ["kind"] as const,
      registers,
    }),
    logWrite: new Histogram({
      name: "subsidia_decision_log_write_seconds",
      help: "time from a decision's arrival at the decision log to its being durable",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    }),
    logFailures: new Counter({
      name: "subsidia_decision_log_failures_total",
      help: "decisions refused because the decision log could not record them",
      registers,
    }),
    reloads: new Counter({
      name: "subsidia_policy_reloads_total",
      help: "reloads of the policy library after a change, by outcome",
      labelNames: ["outcome"] as const,
      registers,
    }),
    policies: new Gauge({
      name: "subsidia_policies",
      help: "policies in the library in service",
      registers,
      collect() {
        this.set(library.current.policies.length);
      },
    }),
  };
}
