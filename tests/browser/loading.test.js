// loading="lazy" (default) draws a widget when it nears the viewport, loading="eager" at once;
// printing draws every widget, so a printed page has no empty boxes below the fold.
import { openFixture, startBrowser, TIMEOUT } from "./harness.js";

let context;
beforeAll(async () => {
  context = await startBrowser();
}, TIMEOUT);
afterAll(() => context?.close(), TIMEOUT);

const BELOW_THE_FOLD = (attributes = "") =>
  `<activation-plot id="near"></activation-plot><div style="height: 5000px"></div><activation-plot id="far" ${attributes}></activation-plot>`;

// Whether #far resolves `ready` within `ms` and has a chart with something drawn on it.
const farDrawnWithin = (page, ms) =>
  page.evaluate(async (ms) => {
    const far = document.getElementById("far");
    const settled = await Promise.race([
      far.ready.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), ms)),
    ]);
    if (!settled || !far.chart) return false;
    const { ctx, width, height } = far.chart;
    const pixels = ctx.getImageData(0, 0, width, height).data;
    const colours = new Set();
    for (let i = 0; i < pixels.length; i += 4 * 97)
      colours.add(pixels.slice(i, i + 3).join());
    return colours.size > 2;
  }, ms);

const nearReady = (page) =>
  page.evaluate(() => document.getElementById("near").ready);

test(
  'loading="lazy" waits for scrolling; loading="eager" draws at once',
  async () => {
    const lazy = await openFixture(context, BELOW_THE_FOLD('loading="lazy"'), {
      height: 600,
    });
    await nearReady(lazy.page);
    expect(await farDrawnWithin(lazy.page, 500)).toBe(false);
    await lazy.page.close();
    const eager = await openFixture(
      context,
      BELOW_THE_FOLD('loading="eager"'),
      { height: 600 },
    );
    await nearReady(eager.page);
    expect(await farDrawnWithin(eager.page, 5000)).toBe(true);
    expect(eager.problems).toEqual([]);
    await eager.page.close();
  },
  TIMEOUT,
);

test(
  "print media draws the widgets below the fold",
  async () => {
    const { page, problems } = await openFixture(context, BELOW_THE_FOLD(), {
      height: 600,
    });
    await nearReady(page);
    await page.emulateMedia({ media: "print" });
    expect(await farDrawnWithin(page, 5000)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "beforeprint draws the widgets below the fold before the page is laid out for print",
  async () => {
    const { page, problems } = await openFixture(context, BELOW_THE_FOLD(), {
      height: 600,
    });
    await nearReady(page);
    const drawnInTheEvent = await page.evaluate(() => {
      window.dispatchEvent(new Event("beforeprint"));
      return document.getElementById("far").chart !== null;
    });
    expect(drawnInTheEvent).toBe(true);
    expect(await farDrawnWithin(page, 5000)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "loading is checked like any option",
  async () => {
    const { page } = await openFixture(
      context,
      '<activation-plot loading="later"></activation-plot>',
    );
    await page.evaluate(() => document.querySelector("activation-plot").ready);
    expect(
      await page.$eval(
        "activation-plot",
        (element) => element.shadowRoot.querySelector(".message").textContent,
      ),
    ).toMatch(/^loading: expected one of lazy, eager/);
    await page.close();
  },
  TIMEOUT,
);
