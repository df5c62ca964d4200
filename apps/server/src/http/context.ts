import type { DecisionSink } from "../decisions/sink.js";
import type { MaskPath } from "../decisions/mask.js";
import type { Library, LibrarySnapshot } from "../library/library.js";
import type { Metrics } from "../metrics.js";

/** What the routes share: the library, the decision log (null when off), the masks, the metrics. */
export interface ServiceContext {
  library: Library;
  sink: DecisionSink | null;
  masks: readonly MaskPath[];
  metrics: Metrics;
  /** a line for the operator (stderr) */
  report(line: string): void;
}

declare module "fastify" {
  interface FastifyRequest {
    /** the library as it was when the request arrived: the request is answered with it whatever reloads */
    library: LibrarySnapshot;
  }
}
