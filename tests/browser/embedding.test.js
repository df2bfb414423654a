// How the widget behaves on someone else's page: style isolation, responsive size without a
// resize ratchet, themes, and accessible controls.
import {
  allReady,
  nextFrames,
  openFixture,
  startBrowser,
  TIMEOUT,
} from "./harness.js";

let context;
beforeAll(async () => {
  context = await startBrowser();
}, TIMEOUT);
afterAll(() => context?.close(), TIMEOUT);

test(
  "page styles do not reach inside and widget styles do not leak out",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<style>canvas, input, .message { display: none !important; } * { font-size: 40px; }</style><button id="outside">page button</button><activation-plot id="plot" controls="full"></activation-plot>',
    );
    await allReady(page);
    expect(await page.locator("#plot canvas").isVisible()).toBe(true);
    expect(await page.locator("#plot input[type=range]").isVisible()).toBe(
      true,
    );
    const outside = await page.$eval(
      "#outside",
      (button) => getComputedStyle(button).borderRadius,
    );
    expect(outside).not.toBe("4px");
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "the chart follows its container's width at a fixed aspect ratio, without growing",
  async () => {
    const { page } = await openFixture(
      context,
      '<div id="box" style="width: 600px"><activation-plot id="plot" controls="none"></activation-plot></div>',
    );
    await allReady(page);
    const size = () =>
      page.$eval("#plot", (element) => ({
        width: element.chart.width,
        height: element.chart.height,
      }));
    const first = await size();
    for (let i = 0; i < 5; i++) await nextFrames(page);
    expect(await size()).toEqual(first);
    expect(first.height / first.width).toBeCloseTo(3 / 4, 1);
    await page.$eval("#box", (box) => (box.style.width = "400px"));
    await page.waitForFunction(
      () => document.getElementById("plot").chart.width < 400,
    );
    for (let i = 0; i < 5; i++) await nextFrames(page);
    const narrow = await size();
    expect(narrow.height / narrow.width).toBeCloseTo(3 / 4, 1);
    expect(narrow.width).toBeLessThan(first.width);
    await page.close();
  },
  TIMEOUT,
);

test(
  "theme attribute and prefers-color-scheme",
  async () => {
    const { page } = await openFixture(
      context,
      '<activation-plot id="auto"></activation-plot><activation-plot id="light" theme="light"></activation-plot>',
      { height: 2000 },
    );
    await page.emulateMedia({ colorScheme: "dark" });
    await allReady(page);
    const isDark = (selector) =>
      page.$eval(selector, (element) =>
        element.shadowRoot.querySelector(".root").classList.contains("dark"),
      );
    expect(await isDark("#auto")).toBe(true);
    expect(await isDark("#light")).toBe(false);
    await page.emulateMedia({ colorScheme: "light" });
    await page.waitForFunction(
      () =>
        !document
          .getElementById("auto")
          .shadowRoot.querySelector(".root")
          .classList.contains("dark"),
    );
    await page.$eval("#light", (element) =>
      element.setAttribute("theme", "dark"),
    );
    expect(await isDark("#light")).toBe(true);
    const background = await page.$eval("#light", (element) => {
      const { ctx } = element.chart;
      return Array.from(ctx.getImageData(2, 2, 1, 1).data);
    });
    expect(background.slice(0, 3)).toEqual([0x16, 0x18, 0x1d]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "every control has an accessible name; the canvas has a description and a data table",
  async () => {
    const { page } = await openFixture(
      context,
      '<activation-plot id="plot" functions="leaky_relu,gelu" controls="full" derivative></activation-plot>',
    );
    await allReady(page);
    await page.waitForFunction(() =>
      document.getElementById("plot").shadowRoot.querySelector("table"),
    );
    const report = await page.$eval("#plot", (element) => {
      const root = element.shadowRoot;
      const unnamed = [
        ...root.querySelectorAll("input, select, button, textarea"),
      ].filter(
        (control) =>
          !(
            control.labels?.length ||
            control.getAttribute("aria-label") ||
            control.textContent.trim()
          ),
      );
      const canvas = root.querySelector("canvas");
      return {
        unnamed: unnamed.map((control) => control.outerHTML),
        label: canvas.getAttribute("aria-label"),
        description: root.getElementById(
          canvas.getAttribute("aria-describedby"),
        ).textContent,
        rows: root.querySelectorAll("tbody tr").length,
        headers: [...root.querySelectorAll("thead th")].map(
          (th) => th.textContent,
        ),
        focusable: canvas.tabIndex,
      };
    });
    expect(report.unnamed).toEqual([]);
    expect(report.label).toBe("Leaky ReLU vs GELU Activation Functions");
    expect(report.description).toContain("Leaky ReLU (negative_slope = 0.01)");
    expect(report.description).toContain("GELU (approximate = none)");
    expect(report.rows).toBeGreaterThanOrEqual(11);
    expect(report.headers).toEqual([
      "x",
      "Leaky ReLU f(x)",
      "Leaky ReLU f′(x)",
      "GELU f(x)",
      "GELU f′(x)",
    ]);
    expect(report.focusable).toBe(0);
    await page.close();
  },
  TIMEOUT,
);
