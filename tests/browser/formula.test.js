// The formula under the chart shows the parameter values simplified (issue 7, item 10).
import { nextFrames, openFixture, startBrowser, TIMEOUT } from "./harness.js";

let context;
beforeAll(async () => {
  context = await startBrowser();
}, TIMEOUT);
afterAll(() => context?.close(), TIMEOUT);

// The text of each cell of the formula's cases, as the MathML renders it.
const caseCells = (page) =>
  page.$eval("#plot", (element) =>
    [...element.shadowRoot.querySelectorAll(".formula mtd")].map(
      (cell) => cell.textContent,
    ),
  );

test(
  "ELU's formula shows exp(x) − 1 at α = 1 and the sign of a negative α",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot" functions="elu"></activation-plot>',
    );
    await page.evaluate(() => document.getElementById("plot").ready);
    expect(await caseCells(page)).toEqual([
      "x",
      "if\u00a0x>0",
      "exp\u2061(x)−1",
      "otherwise",
    ]);
    await page.$eval("#plot", (element) =>
      element.setAttribute("alpha", "-0.5"),
    );
    await nextFrames(page);
    expect((await caseCells(page))[2]).toBe("−0.5·(exp\u2061(x)−1)");
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
