// One update cycle: changes made in the same task are coalesced and validated as a whole, so their
// order does not matter; an invalid state keeps the last valid chart and its message until fixed.
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

const xRange = async (page, selector) => {
  const { x } = (await widgetData(page, selector)).series[0];
  return [x[0], x.at(-1)];
};

test(
  "update() calls and attribute changes in one task apply together, in any order",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<div id="js"></div><activation-plot id="attributes"></activation-plot>',
      { height: 2000 },
    );
    await allReady(page);
    await page.evaluate(async () => {
      window.plot = ActivationPlot.createActivationPlot(
        document.getElementById("js"),
      );
      await window.plot.ready;
      window.plot.update({ xMin: 3 });
      window.plot.update({ xMax: 10 });
      const element = document.getElementById("attributes");
      element.setAttribute("x-min", "3");
      element.setAttribute("x-max", "10");
    });
    await nextFrames(page);
    const js = await page.evaluate(() => {
      const { x } = window.plot.data.series[0];
      const box = document.getElementById("js").shadowRoot;
      return [x[0], x.at(-1), box.querySelector(".message").hidden];
    });
    expect(js).toEqual([3, 10, true]);
    expect(await xRange(page, "#attributes")).toEqual([3, 10]);
    expect(await widgetMessage(page, "#attributes")).toBe("");
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "an invalid state keeps the last valid chart and its message until a later change fixes it",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot"></activation-plot>',
    );
    await allReady(page);
    await page.$eval("#plot", (element) => element.setAttribute("x-min", "3"));
    await nextFrames(page);
    expect(await widgetMessage(page, "#plot")).toMatch(
      /^x-min: must be less than x-max/,
    );
    expect(await xRange(page, "#plot")).toEqual([-2, 2]);
    await page.$eval("#plot", (element) => element.setAttribute("x-max", "10"));
    await nextFrames(page);
    expect(await xRange(page, "#plot")).toEqual([3, 10]);
    expect(await widgetMessage(page, "#plot")).toBe("");
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

const typeInto = (page, label, value) =>
  page.$eval(
    "#plot",
    (element, [label, value]) => {
      const root = element.shadowRoot;
      const field = [...root.querySelectorAll("label")].find(
        (node) => node.textContent === label,
      ).control;
      field.value = value;
      field.dispatchEvent(new Event("change", { bubbles: true }));
    },
    [label, value],
  );

test(
  "the reader's range fields go through the same cycle: x from 3, then x to 10",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot" controls="full"></activation-plot>',
    );
    await allReady(page);
    await typeInto(page, "x from", "3");
    await nextFrames(page);
    expect(await widgetMessage(page, "#plot")).toMatch(/x-min/);
    expect(await xRange(page, "#plot")).toEqual([-2, 2]);
    await typeInto(page, "x to", "10");
    await nextFrames(page);
    expect(await xRange(page, "#plot")).toEqual([3, 10]);
    expect(await widgetMessage(page, "#plot")).toBe("");
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "a shared link's state goes through the same checks and shows their message",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot"></activation-plot>',
      { hash: "#plot=x-min%3D5" },
    );
    await allReady(page);
    expect(await widgetMessage(page, "#plot")).toMatch(/^x-min: must be less/);
    expect(await xRange(page, "#plot")).toEqual([-2, 2]);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
