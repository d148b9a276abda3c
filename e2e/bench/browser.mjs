// The benches' browser: Debian's Chromium, headless, with the flags that keep it off the network here.
import { chromium } from "playwright-core";

/** Launches Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with the benches' flags and any `extra`. */
export function launch(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", ...extra],
  });
}
