import autocannon from 'autocannon';
import { residentBytes } from './children';
import type { HttpRequest } from './shapes';

/** One measured stretch of load against one server. */
export interface Segment {
  rps: number;
  p50: number;
  p99: number;
  bytesPerResponse: number;
  /** Connection errors, timeouts and non-2xx answers: any of them makes the segment suspect. */
  failures: number;
  rssPeakBytes: number;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
}

/** Samples the server's VmRSS while the load runs: the peak is what a host must have free. */
function sampleRss(pid: number): { stop(): number } {
  let peak = residentBytes(pid);
  const timer = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, residentBytes(pid));
    },
  };
}

export async function runLoad(
  base: string,
  pid: number,
  request: HttpRequest,
  options: LoadOptions,
): Promise<Segment> {
  const rss = sampleRss(pid);
  const result = await autocannon({
    url: base + request.path,
    method: request.method,
    headers: request.headers,
    body: request.body,
    duration: options.seconds,
    connections: options.connections,
    pipelining: 1,
  });
  const rssPeakBytes = rss.stop();
  const responses = result.requests.total;
  return {
    rps: responses / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytesPerResponse: responses ? Math.round(result.throughput.total / responses) : 0,
    failures: result.errors + result.timeouts + result.non2xx,
    rssPeakBytes,
  };
}
