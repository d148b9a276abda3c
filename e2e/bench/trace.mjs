// Records a Chromium trace over CDP for the benches that take one apart (walk-trace.mjs, start-trace.mjs).

/** Traces `run()` through the CDP session `cdp` and returns the renderer main thread's complete events
 * ("X": each has a start `ts` and a length `dur`, in µs). `categories` defaults to the timeline's. */
export async function traceMainThread(cdp, run, categories = "devtools.timeline,disabled-by-default-devtools.timeline") {
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", async ({ stream }) => {
    let data = "";
    for (;;) {
      const chunk = await cdp.send("IO.read", { handle: stream });
      data += chunk.data;
      if (chunk.eof) break;
    }
    resolve(JSON.parse(data).traceEvents);
  }));
  await cdp.send("Tracing.start", { categories, transferMode: "ReturnAsStream" });
  await run();
  await cdp.send("Tracing.end");
  const events = await done;
  const main = events.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain");
  return events.filter((e) => e.ph === "X" && e.pid === main.pid && e.tid === main.tid);
}
