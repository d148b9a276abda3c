// Prints the end-to-end result as one closing line: "e2e: N passed, N failed, N skipped".
import { readFileSync } from "node:fs";

const { stats } = JSON.parse(readFileSync("target/e2e-results.json", "utf8"));
const failed = stats.unexpected;
console.log(`e2e: ${stats.expected + (stats.flaky ?? 0)} passed, ${failed} failed, ${stats.skipped} skipped`);
