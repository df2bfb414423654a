// Numbers too large to draw: each reproducer that once froze the page (Chart.js generating ticks
// forever) now gets a message naming the attribute and the allowed range, within a time limit.
// A page that hangs is closed, so it cannot hang the test run.
import {
  openFixture,
  openPage,
  startBrowser,
  TIMEOUT,
  widgetData,
  widgetMessage,
} from "./harness.js";

let context;
beforeAll(async () => {
  context = await startBrowser();
}, TIMEOUT);
afterAll(() => context?.close(), TIMEOUT);

const LIMIT_MS = 8000;

// Runs `evaluate` in the page within LIMIT_MS; on timeout the page is closed and this throws.
async function withinLimit(page, evaluate, argument) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve("timeout"), LIMIT_MS);
  });
  const result = await Promise.race([
    page.evaluate(evaluate, argument),
    timeout,
  ]);
  clearTimeout(timer);
  if (result === "timeout") {
    await page.context().close();
    throw new Error(`the page did not answer within ${LIMIT_MS} ms`);
  }
  return result;
}

const READY = async () => {
  if (document.readyState === "loading")
    await new Promise((resolve) =>
      addEventListener("DOMContentLoaded", resolve, { once: true }),
    );
  await document.querySelector("activation-plot").ready;
};

// Like openFixture, but not waiting for the load event, which a hanging page never fires.
async function openHostile(body, hash = "") {
  const opened = await openPage(context);
  const url = `${context.server.url}fixture.html`;
  await opened.page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/activation-plot.js"></script></head><body>${body}</body></html>`,
    }),
  );
  await opened.page.goto(url + hash, { waitUntil: "commit" });
  await withinLimit(opened.page, READY);
  return opened;
}

test.each([
  ['x-max="1.5e308"', "", /^x-max: .*-1e6 to 1e6/],
  ['x-min="-1e300"', "", /^x-min: .*-1e6 to 1e6/],
  ['alpha="1e308"', "", /^alpha: .*-1e6 to 1e6/],
  ['functions="threshold" value="-1.5e308"', "", /^value: .*-1e6 to 1e6/],
  ["", "#activation-plot-1=alpha%3D1e308", /^alpha: .*-1e6 to 1e6/],
  ['y-max="1.5e308"', "", /^y-max: .*-1e15 to 1e15/],
  [
    'x-min="0x10"',
    "",
    /^x-min: "0x10" is not a number; expected a finite decimal/,
  ],
  [
    'points="0b101"',
    "",
    /^points: "0b101" is not a number; expected a finite decimal/,
  ],
  ["", "#activation-plot-1=x-max%3D0x10", /^x-max: "0x10" is not a number/],
  [`functions="${Array(13).fill("relu").join(",")}"`, "", /^$/],
])(
  "<activation-plot %s> (hash %j) shows a message instead of hanging",
  async (attributes, hash, pattern) => {
    const { page, problems } = await openHostile(
      `<activation-plot ${attributes}></activation-plot>`,
      hash,
    );
    expect(await widgetMessage(page, "activation-plot")).toMatch(pattern);
    expect((await widgetData(page, "activation-plot")).series.length).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  },
  TIMEOUT,
);

test(
  "the reader's number fields are bounded the same way",
  async () => {
    const { page, problems } = await openHostile(
      '<activation-plot functions="elu" controls="full"></activation-plot>',
    );
    const typed = (label, value) =>
      withinLimit(
        page,
        async ([label, value]) => {
          const root = document.querySelector("activation-plot").shadowRoot;
          const field =
            [...root.querySelectorAll("input")].find(
              (input) => input.getAttribute("aria-label") === label,
            ) ??
            [...root.querySelectorAll("label")].find(
              (node) => node.textContent === label,
            ).control;
          field.value = value;
          field.dispatchEvent(new Event("change", { bubbles: true }));
          await new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(resolve)),
          );
        },
        [label, value],
      );
    await typed("ELU alpha value", "1e308");
    expect(await widgetMessage(page, "activation-plot")).toMatch(
      /alpha: .*-1e6 to 1e6/,
    );
    await typed("ELU alpha value", "2");
    await typed("x to", "1.5e308");
    expect(await widgetMessage(page, "activation-plot")).toMatch(
      /^x-max: .*-1e6 to 1e6/,
    );
    const data = await widgetData(page, "activation-plot");
    expect(data.series[0].params.alpha).toBe(2);
    expect(data.series[0].x.at(-1)).toBe(2);
    expect(problems).toEqual([]);
    await page.context().close();
  },
  TIMEOUT,
);

test(
  "the largest allowed values draw: elu alpha 1e6 from x = -1e6 to 1e6",
  async () => {
    const { page, problems } = await openHostile(
      '<activation-plot functions="elu,leaky_relu" alpha="1e6" x-min="-1e6" x-max="1e6" derivative></activation-plot>',
    );
    expect(await widgetMessage(page, "activation-plot")).toBe("");
    const ticks = await page.$eval(
      "activation-plot",
      (element) => element.chart.scales.y.ticks.length,
    );
    expect(ticks).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.context().close();
  },
  TIMEOUT,
);

test(
  "curve values beyond what the y axis can draw are found before they reach the chart",
  async () => {
    // No catalogue function gets there with bounded x and parameters: the check stands guard
    // for one that would, so it is tried on made-up curves.
    const { page, problems } = await openFixture(context, "", {
      loader: "modules",
    });
    const result = await withinLimit(page, async () => {
      const { undrawableValue } = await import("/widget/data/data.bounds.js");
      const curve = (y, dy) => ({
        fn: { name: "Made-up" },
        y: Float64Array.from(y),
        dy: Float64Array.from(dy),
      });
      return [
        undrawableValue([curve([0, 1e12, -1e15], [1, 1, 1])]),
        undrawableValue([curve([0, 1], [1, 1]), curve([0, -2e300], [1, 1])]),
        undrawableValue([curve([0, 1], [1, Infinity])]),
      ].map((problem) => problem?.message ?? null);
    });
    expect(result).toEqual([
      null,
      "Made-up: f(x) reaches -2e+300, beyond what the chart can draw (-1e15 to 1e15); narrow the x range or change the parameters",
      expect.stringMatching(/^Made-up: f′\(x\) reaches Infinity/),
    ]);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
