import type { Request, Response } from "./protocol.js";

type Ask<R extends Request> = R extends Request ? Omit<R, "id"> : never;

/**
 * Sends requests to a worker, at most one in flight: while the worker is busy
 * only the newest request waits, older ones are dropped, so a burst of
 * keystrokes costs one compile, not one per key.
 */
export class EngineClient<Req extends Request, Res extends Response> {
  private worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  private busy = false;
  private waiting: Ask<Req> | null = null;
  private nextId = 1;

  constructor(private onResponse: (r: Res) => void) {
    this.worker.onmessage = (e: MessageEvent<Res>) => {
      this.busy = false;
      this.onResponse(e.data);
      this.flush();
    };
    this.worker.onerror = (e) => {
      this.busy = false;
      console.error("playground worker failed", e.message);
      this.flush();
    };
  }

  send(req: Ask<Req>): void {
    this.waiting = req;
    this.flush();
  }

  private flush(): void {
    if (this.busy || this.waiting === null) return;
    this.busy = true;
    this.worker.postMessage({ ...this.waiting, id: this.nextId++ });
    this.waiting = null;
  }
}
