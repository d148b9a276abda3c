// Where the benches leave their key numbers for `summary.mjs`, which prints them as one table against the
// performance issue's budgets: one JSON file per bench in BENCH_RESULTS (default target/bench-results).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.BENCH_RESULTS ?? "target/bench-results";

/** Keeps `values` (plain JSON) as the latest results of the bench called `name`. */
export function record(name, values) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ at: new Date().toISOString(), ...values }, null, 1));
}

/** The latest results of the bench called `name`, or undefined if it has not run. */
export function recorded(name) {
  const file = join(dir, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}
