// The one clock every thread reads for GIL timings: process.hrtime is
// monotonic and shares its origin across workers, unlike performance.now(),
// whose origin is each worker's start. The [seconds, nanoseconds] form is
// read about twice as fast as hrtime.bigint(), and the sum stays an exact
// integer in a double for 104 days of uptime.

/** Monotonic nanoseconds, comparable between workers. */
export function nowNs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e9 + nanoseconds;
}
