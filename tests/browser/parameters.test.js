// Per-function parameters (issue 7): the README's headline draws each function with its own
// values, the last value written wins whichever name it came under, and a shared name that
// reaches several functions says so in a note that is not an error.
import { readFileSync } from "node:fs";
import {
  allReady,
  nextFrames,
  openFixture,
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

const README = readFileSync(
  new URL("../../README.md", import.meta.url),
  "utf8",
);

const drawnParams = async (page, selector) =>
  Object.fromEntries(
    (await widgetData(page, selector)).series
      .filter((series) => series.kind === "value")
      .map((series) => [series.id, series.params]),
  );

// The note's text ("" when hidden), and that it is a status, not an alert.
const widgetNote = (page, selector) =>
  page.$eval(selector, (element) => {
    const note = element.shadowRoot.querySelector(".note");
    return {
      role: note.getAttribute("role"),
      text: note.hidden ? "" : note.textContent,
    };
  });

test(
  "the README's headline draws Leaky ReLU with slope 0.1 and ELU with alpha 1",
  async () => {
    const headline = README.match(/^<activation-plot functions=.*$/m)[0];
    const { page, problems } = await openFixture(
      context,
      headline.replace("<activation-plot", '<activation-plot id="plot"'),
    );
    await allReady(page);
    expect(await drawnParams(page, "#plot")).toEqual({
      relu: {},
      leaky_relu: { negative_slope: 0.1 },
      elu: { alpha: 1 },
    });
    const elu = (await widgetData(page, "#plot")).series.find(
      (series) => series.id === "elu" && series.kind === "value",
    );
    expect(elu.y[0]).toBeCloseTo(Math.expm1(-3), 15);
    expect(await widgetMessage(page, "#plot")).toBe("");
    expect(await widgetNote(page, "#plot")).toEqual({
      role: "status",
      text: "",
    });
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "alpha, then negative_slope, then alpha: the slope ends at the last value, from JavaScript and from attributes",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<div id="js"></div><activation-plot id="plot"></activation-plot>',
      { height: 2000 },
    );
    await allReady(page);
    const js = await page.evaluate(async () => {
      const frame = () => new Promise(requestAnimationFrame);
      const plot = ActivationPlot.createActivationPlot(
        document.getElementById("js"),
        { loading: "eager" },
      );
      await plot.ready;
      for (const params of [
        { alpha: 0.1 },
        { negative_slope: 0.2 },
        { alpha: 0.3 },
      ]) {
        plot.update({ params });
        await frame();
      }
      const [series] = plot.data.series;
      return {
        params: plot.options.params,
        slope: series.params,
        y0: series.y[0],
      };
    });
    expect(js).toEqual({
      params: { alpha: 0.3 },
      slope: { negative_slope: 0.3 },
      y0: expect.closeTo(-0.6, 12),
    });
    for (const [name, value] of [
      ["alpha", "0.1"],
      ["negative_slope", "0.2"],
      ["alpha", "0.3"],
    ]) {
      await page.evaluate(
        ([n, v]) => document.getElementById("plot").setAttribute(n, v),
        [name, value],
      );
      await nextFrames(page);
    }
    expect(await drawnParams(page, "#plot")).toEqual({
      leaky_relu: { negative_slope: 0.3 },
    });
    expect(
      await page.$eval("#plot", (element) => element.options.params),
    ).toEqual({ alpha: 0.3 });
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "a shared name reaching several functions shows a note while it does; a call's values last as long as the call",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot" functions="relu,leaky_relu,elu" alpha="0.1"></activation-plot>',
    );
    await allReady(page);
    expect(await drawnParams(page, "#plot")).toEqual({
      relu: {},
      leaky_relu: { negative_slope: 0.1 },
      elu: { alpha: 0.1 },
    });
    expect(await widgetNote(page, "#plot")).toEqual({
      role: "status",
      text: 'alpha applies to Leaky ReLU (negative_slope) and ELU (alpha); write leaky_relu(negative_slope=0.1) or elu.alpha="0.1" to set one',
    });
    expect(await widgetMessage(page, "#plot")).toBe("");
    await page.evaluate(() =>
      document.getElementById("plot").setAttribute("elu.alpha", "1"),
    );
    await nextFrames(page);
    expect((await drawnParams(page, "#plot")).elu).toEqual({ alpha: 1 });
    expect(await widgetNote(page, "#plot")).toEqual({
      role: "status",
      text: "",
    });
    await page.evaluate(() => {
      const element = document.getElementById("plot");
      element.removeAttribute("elu.alpha");
      element.setAttribute("functions", "relu, leaky_relu, elu(alpha=2)");
    });
    await nextFrames(page);
    expect(await drawnParams(page, "#plot")).toEqual({
      relu: {},
      leaky_relu: { negative_slope: 0.1 },
      elu: { alpha: 2 },
    });
    expect((await widgetNote(page, "#plot")).text).toBe("");
    await page.evaluate(() =>
      document
        .getElementById("plot")
        .setAttribute("functions", "relu, leaky_relu, elu"),
    );
    await nextFrames(page);
    expect((await drawnParams(page, "#plot")).elu).toEqual({ alpha: 0.1 });
    expect((await widgetNote(page, "#plot")).text).toMatch(/^alpha applies to/);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "a bad call in functions shows its message as text and keeps the last plot",
  async () => {
    const attack = "elu(alpha=<img src=x onerror=window.hacked=1>)";
    const { page, problems } = await openFixture(
      context,
      `<activation-plot id="plot" functions="${attack}"></activation-plot>`,
    );
    await allReady(page);
    expect(await widgetMessage(page, "#plot")).toBe(
      `functions: unexpected "s" at character 16 of "${attack}"; expected "," or ")"`,
    );
    expect(
      await page.evaluate(() => ({
        hacked: window.hacked === 1,
        images: document
          .getElementById("plot")
          .shadowRoot.querySelectorAll("img").length,
      })),
    ).toEqual({ hacked: false, images: 0 });
    expect(await drawnParams(page, "#plot")).toEqual({
      leaky_relu: { negative_slope: 0.01 },
    });
    await page.evaluate(() =>
      document
        .getElementById("plot")
        .setAttribute("functions", "elu(alpha=<img>)"),
    );
    await nextFrames(page);
    expect(await widgetMessage(page, "#plot")).toBe(
      'functions: elu(alpha=…): "<img>" is not a number; expected a finite decimal number such as 0.1 or -2.5e-3',
    );
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
