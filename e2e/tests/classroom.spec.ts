// The classroom: trails with progress that survives a reload, quizzes, printable worksheets,
// presenter mode, read-aloud (with the browser's speech API stubbed) and forgetting progress.
import { test, expect, Page } from "@playwright/test";
import { appReady } from "./helpers";

async function trails(page: Page) {
  const res = await page.request.get("/data/trails.json");
  expect(res.ok()).toBeTruthy();
  return (await res.json()).trails as { id: string; title: { en: string }; stops: unknown[]; quiz: { answer: number }[] }[];
}

test("a trail is followed to its end, and its place survives a reload", async ({ page }) => {
  const [trail] = await trails(page);
  const total = trail.stops.length;
  await page.goto("/trails");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trails for classes");
  await page.getByRole("link", { name: trail.title.en }).click();
  await page.getByRole("link", { name: "Start the trail" }).click();
  await expect(page).toHaveURL(new RegExp(`/trails/${trail.id}/1$`));
  await expect(page.locator(".trail-stop .eyebrow")).toContainText(`Stop 1 of ${total}`);
  await expect(page.locator(".prompt")).not.toBeEmpty();
  await page.keyboard.press("ArrowRight");
  // Stop 2 on screen before its "Next stop" is clicked (stop 1's would lead to stop 2).
  await expect(page.locator(".trail-stop .eyebrow")).toContainText(`Stop 2 of ${total}`);
  await page.getByRole("link", { name: /Next stop/ }).click();
  await expect(page).toHaveURL(new RegExp(`/trails/${trail.id}/3$`));
  await expect(page.locator("main h1")).toBeFocused();

  await page.reload();
  await appReady(page);
  await expect(page.locator(".trail-stop .eyebrow")).toContainText(`Stop 3 of ${total}`);
  await page.goto(`/trails/${trail.id}`);
  await appReady(page);
  await expect(page.getByRole("link", { name: `Continue · Stop 3 of ${total}` })).toBeVisible();

  await page.goto(`/trails/${trail.id}/${total}`);
  await appReady(page);
  await page.getByRole("link", { name: /Take the quiz/ }).click();
  await expect(page).toHaveURL(new RegExp(`/trails/${trail.id}/quiz$`));
  const questions = page.locator(".quiz-question");
  await expect(questions).toHaveCount(trail.quiz.length);
  for (const [i, q] of trail.quiz.entries()) {
    await questions.nth(i).locator(".quiz-choice").nth(q.answer).click();
  }
  await expect(page.locator(".quiz-score")).toContainText(`You got ${trail.quiz.length} of ${trail.quiz.length} right.`);
  await page.goto("/trails");
  await appReady(page);
  await expect(page.locator(".trail-card").first().locator(".trail-status")).toContainText(`Finished · Last score: ${trail.quiz.length} of ${trail.quiz.length}`);
});

test("a room's quiz gives kind feedback and keeps the score on this device", async ({ page }) => {
  await page.goto("/rooms/niigata");
  await appReady(page);
  await page.getByRole("link", { name: "Quiz", exact: true }).click();
  await expect(page).toHaveURL(/\/rooms\/niigata\/quiz$/);
  const first = page.locator(".quiz-question").first();
  await expect(first).toContainText("In which country is Niigata?");
  await first.getByRole("button", { name: "Japan" }).click();
  await expect(page.locator(".quiz-feedback").first()).toContainText("Yes, that's right! Niigata is in Japan.");
  // A second click changes nothing: the first answer counts.
  await expect(first.locator(".quiz-choice").first()).toBeDisabled();
  await first.locator(".quiz-choice").filter({ hasNotText: "Japan" }).first().click({ force: true });
  await expect(first.getByRole("button", { name: /Japan/ })).toHaveAttribute("aria-pressed", "true");

  const second = page.locator(".quiz-question").nth(1);
  const wrong = second.locator(".quiz-choice").filter({ hasNotText: "Asia" }).first();
  await wrong.click();
  await expect(page.locator(".quiz-feedback").nth(1)).toContainText("Not quite. The answer is: Asia Niigata is in Asia.");
  const count = await page.locator(".quiz-question").count();
  for (let i = 2; i < count; i++) {
    await page.locator(".quiz-question").nth(i).locator(".quiz-choice").first().click();
  }
  await expect(page.locator(".quiz-score")).toContainText(`of ${count} right.`);
  await page.reload();
  await appReady(page);
  await expect(page.locator(".quiz-last")).toContainText(`Last score:`);
});

test("the worksheet prints in black and white with its QR code and questions", async ({ page }) => {
  await page.goto("/rooms/niigata/worksheet");
  await appReady(page);
  await expect(page.locator(".worksheet h1")).toHaveText("Niigata");
  await expect(page.locator(".worksheet-qr svg path")).toHaveAttribute("d", /^M\d/);
  await expect(page.locator(".worksheet-url")).toHaveText(/\/rooms\/niigata$/);
  await expect(page.locator(".worksheet-exhibits li")).toHaveCount(9);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.locator(".worksheet-quiz li > p").first()).toBeVisible();
  await page.screenshot({ path: "target/screenshots/worksheet-print.png", fullPage: true });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test("presenter mode hides the chrome and walks on with PageDown", async ({ page }) => {
  await page.goto("/rooms/niigata");
  await appReady(page);
  // Every "Present" switch in the page (the room's and the footer's) says whether it is on, in
  // rooms walked into while presenting too.
  const switches = page.locator(".present-toggle");
  await expect(switches).toHaveCount(2);
  for (const s of await switches.all()) await expect(s).toHaveAttribute("aria-pressed", "false");
  await page.locator(".class-tools").getByRole("button", { name: "Present" }).click();
  await expect(page.locator("html")).toHaveClass(/presenting/);
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".present-bar")).toContainText("Esc");
  for (const s of await switches.all()) await expect(s).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/\/rooms\/aarhus$/);
  await expect(page.locator(".class-tools .present-toggle")).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("PageUp");
  await expect(page).toHaveURL(/\/rooms\/niigata$/);
  await page.keyboard.press("Escape");
  await expect(page.locator("html")).not.toHaveClass(/presenting/);
  await expect(page.locator(".site-header")).toBeVisible();
  for (const s of await switches.all()) await expect(s).toHaveAttribute("aria-pressed", "false");
});

/** Replaces the browser's speech synthesis with a recorder that has only `voices`, takes `endAfter` ms
 * to speak each utterance and counts the calls to `cancel` (`__cancels`). */
async function stubSpeech(page: Page, voices: { lang: string; localService: boolean }[], endAfter = 40) {
  await page.addInitScript(([voices, endAfter]) => {
    const spoken: { text: string; lang: string; voice: string; highlighted: string }[] = [];
    (window as any).__spoken = spoken;
    class Utterance { text: string; lang = ""; voice: any = null; onend: any = null; onerror: any = null;
      constructor(text: string) { this.text = text; } }
    (window as any).SpeechSynthesisUtterance = Utterance;
    const list = voices.map((v, i) => ({ ...v, name: `Test voice ${i}`, default: i === 0, voiceURI: `test-${i}` }));
    Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
      getVoices: () => list,
      speak(u: any) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? "", highlighted: document.querySelector(".speaking")?.textContent ?? "" });
        setTimeout(() => u.onend && u.onend(new Event("end")), endAfter);
      },
      pause() {}, resume() {}, cancel() { (window as any).__cancels++; },
    } });
    (window as any).__cancels = 0;
  }, [voices, endAfter] as const);
}

test("read aloud speaks the heading and each sentence in its language, highlighting it", async ({ page }) => {
  await stubSpeech(page, [{ lang: "en-GB", localService: true }, { lang: "zh-CN", localService: false }]);
  await page.goto("/rooms/niigata");
  await appReady(page);
  await page.getByRole("button", { name: /Read aloud/ }).click();
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Read aloud/ })).toBeVisible({ timeout: 15_000 });
  const spoken = await page.evaluate(() => (window as any).__spoken);
  expect(spoken[0]).toMatchObject({ text: "Niigata", voice: "Test voice 0" });
  expect(spoken[0].highlighted).toBe("Niigata");
  const sentences = await page.locator("main .sentence").count();
  expect(spoken.length).toBe(sentences + 1);
  expect(spoken[1].highlighted).toBe(spoken[1].text);
  expect(spoken.every((s: any) => s.lang === "en")).toBeTruthy();

  // In Chinese the only Chinese voice is a network one, so it is not used, and the page says so.
  await page.goto("/rooms/niigata?lang=zh");
  await appReady(page);
  await page.evaluate(() => ((window as any).__spoken.length = 0));
  await page.getByRole("button", { name: /朗读|Read aloud/ }).click();
  await expect(page.locator(".read-aloud-notes")).toContainText("中文");
  expect(await page.evaluate(() => (window as any).__spoken.filter((s: any) => s.lang.startsWith("zh")).length)).toBe(0);
});

// The speech engine is the page's: only a reader that is reading stops it. Walking on stops a reading;
// the rehearsal of a walk (src/warm.rs), whose reader never reads, must not.
test("reading aloud goes on through the walk's rehearsal and stops when the visitor walks on", async ({ page }) => {
  await stubSpeech(page, [{ lang: "en-GB", localService: true }], 60_000);
  const cancels = () => page.evaluate(() => (window as any).__cancels);
  await page.goto("/rooms/niigata");
  await appReady(page);
  await page.getByRole("button", { name: /Read aloud/ }).click();
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  const started = await cancels();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName("rehearsed").length),
    { timeout: 10_000 }).toBe(1);
  expect(await cancels()).toBe(started);
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  await expect(page.locator("main .speaking")).toHaveCount(1);
  await page.keyboard.press("ArrowRight");
  await expect(page).not.toHaveURL(/niigata$/);
  await expect.poll(cancels).toBe(started + 1);
  await expect(page.locator("main .speaking")).toHaveCount(0);
  // Walking on without reading leaves the engine alone.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("button", { name: /Read aloud/ })).toBeVisible();
  expect(await cancels()).toBe(started + 1);
});

test("the share panel gives the room's full link and a QR code", async ({ page, baseURL }) => {
  await page.goto("/rooms/niigata?lang=zh");
  await appReady(page);
  await page.locator(".share summary").click();
  await expect(page.locator(".share input")).toHaveValue(`${baseURL}/rooms/niigata?lang=zh`);
  const box = await page.locator(".share .qr").boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(280);
});

test("forgetting this device's progress clears trail places and scores but keeps the language", async ({ page }) => {
  const [trail] = await trails(page);
  await page.goto(`/trails/${trail.id}/2`);
  await appReady(page);
  await page.goto("/rooms/niigata/quiz?lang=zh");
  await appReady(page);
  await page.locator(".quiz-question").first().locator(".quiz-choice").first().click();
  await page.goto("/trails?lang=en");
  await appReady(page);
  await expect(page.locator(".trail-card").first().locator(".trail-status")).toContainText("Stop 2 of");
  await page.getByRole("button", { name: "Forget this device's progress" }).click();
  await expect(page.locator(".forget [role=status]")).toContainText("cleared");
  await expect(page.locator(".trail-card").first().locator(".trail-status")).toHaveText("Not started");
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => /trail|quiz|visited/.test(k))).toEqual([]);
  expect(keys).toContain("museum.lang");
});

test("read aloud on a device with no voices says so instead of failing silently", async ({ page }) => {
  await stubSpeech(page, []);
  await page.goto("/rooms/niigata/niigata-taiko-drum");
  await appReady(page);
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect(page.locator(".read-aloud-notes")).toContainText("This browser has no speech voices on this device.");
  expect(await page.evaluate(() => (window as any).__spoken.length)).toBe(0);
});

test("\"move on by itself\" counts down, pauses, and walks on from stop to stop", async ({ page }) => {
  await page.clock.install();
  await page.goto("/trails/music-around-the-world/1");
  await appReady(page);
  // From here on the page's time moves only when the test moves it.
  await page.clock.pauseAt(Date.now() + 1_000);
  const auto = page.getByRole("checkbox", { name: /Move on by itself/ });
  await auto.check();
  await expect(page.locator(".auto-left")).toHaveText("Next stop in 30 s");
  await page.clock.runFor(5_000);
  await expect(page.locator(".auto-left")).toHaveText("Next stop in 25 s");
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.locator(".auto-left")).toHaveText("Paused");
  await page.clock.runFor(40_000);
  await expect(page).toHaveURL(/\/trails\/music-around-the-world\/1$/);
  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.runFor(25_000);
  await expect(page).toHaveURL(/\/trails\/music-around-the-world\/2$/);
  // On the next stop the switch is still on and the count starts again.
  await expect(auto).toBeChecked();
  await expect(page.locator(".auto-left")).toHaveText("Next stop in 30 s");
  await page.clock.runFor(31_000);
  await expect(page).toHaveURL(/\/trails\/music-around-the-world\/3$/);
});
