// The chart itself (issue 7): jumps drawn as breaks with textbook dots, the y axis an author can
// fix and that holds still while a slider is dragged, coinciding lines that stay distinguishable,
// a legend that hides lines, and an inset that states its true factor and covers no data.
import {
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

async function openWidget(attributes) {
  const opened = await openFixture(
    context,
    `<activation-plot id="plot" theme="light" ${attributes}></activation-plot>`,
  );
  await opened.page.evaluate(() => document.getElementById("plot").ready);
  return opened;
}

// The segments Chart.js draws for each dataset: consecutive points, a NaN y breaking the line.
const drawnSegments = (page) =>
  page.$eval("#plot", (element) =>
    element.chart.data.datasets.map(({ data }) => {
      const segments = [];
      for (let i = 1; i < data.length; i++)
        if (Number.isFinite(data[i - 1].y) && Number.isFinite(data[i].y))
          segments.push([data[i - 1].x, data[i - 1].y, data[i].x, data[i].y]);
      return segments;
    }),
  );

// RGBA of the chart's canvas at the pixel for (x, y) in data units, offset by (dx, dy) CSS pixels.
const pixelAt = (page, x, y, dx = 0, dy = 0) =>
  page.$eval(
    "#plot",
    (element, [x, y, dx, dy]) => {
      const { chart } = element;
      const ratio = chart.currentDevicePixelRatio;
      const px = (chart.scales.x.getPixelForValue(x) + dx) * ratio;
      const py = (chart.scales.y.getPixelForValue(y) + dy) * ratio;
      return Array.from(
        chart.ctx.getImageData(Math.round(px), Math.round(py), 1, 1).data,
      );
    },
    [x, y, dx, dy],
  );
const isBackground = ([r, g, b]) => r > 240 && g > 240 && b > 240;

test(
  "heaviside with 10 points breaks at 0 instead of ramping to (0.222, 1), with a filled and an open dot",
  async () => {
    const { page, problems } = await openWidget(
      'functions="heaviside" points="10"',
    );
    const [segments] = await drawnSegments(page);
    for (const [x1, y1, x2, y2] of segments) expect(y1).toBe(y2);
    expect(segments).toContainEqual([-0.22222222222222232, 0, 0, 0]);
    expect(segments).toContainEqual([0, 1, 0.22222222222222232, 1]);
    expect(isBackground(await pixelAt(page, 0, 0, 0, -2))).toBe(false);
    expect(isBackground(await pixelAt(page, 0, 1))).toBe(true);
    expect(isBackground(await pixelAt(page, 0, 1, -3.5, 0))).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test.each([
  "relu",
  "leaky_relu",
  "relu6",
  "hardtanh",
  "threshold",
  "hardshrink",
  "softshrink",
  "hardsigmoid",
  "hardswish",
  'softplus" threshold="0.5',
])(
  "%s with derivative: no drawn segment of any line is a ramp across a jump",
  async (id) => {
    const { page } = await openWidget(
      `functions="${id}" points="10" x-min="-4" x-max="4" derivative`,
    );
    const data = await widgetData(page, "#plot");
    const datasets = await drawnSegments(page);
    data.series.forEach((series, index) => {
      for (const [x1, y1, x2, y2] of datasets[index])
        for (const { x, left, right } of series.jumps) {
          expect(x1 < x && x < x2).toBe(false);
          if (x2 === x) expect(y2).toBe(left);
          if (x1 === x) expect(y1).toBe(right);
        }
    });
    expect(data.series.some((series) => series.jumps.length > 0)).toBe(true);
    await page.close();
  },
  TIMEOUT,
);

test(
  "the public data keeps the break: left limit, NaN, the value at the point, NaN, right limit",
  async () => {
    const { page } = await openWidget(
      'functions="heaviside,relu" points="10" derivative',
    );
    const data = await widgetData(page, "#plot");
    const [heaviside, , relu, reluSlope] = data.series;
    const at = heaviside.x.indexOf(0);
    expect(heaviside.x.slice(at, at + 5)).toEqual([0, 0, 0, 0, 0]);
    expect(heaviside.y.slice(at - 1, at + 6)).toEqual([
      0,
      0,
      NaN,
      0,
      NaN,
      1,
      1,
    ]);
    expect(heaviside.jumps).toEqual([{ x: 0, left: 0, right: 1, value: 0 }]);
    expect(relu.jumps).toEqual([]);
    expect(relu.x.length).toBe(11);
    expect(reluSlope.jumps).toEqual([{ x: 0, left: 0, right: 1, value: 0 }]);
    await page.close();
  },
  TIMEOUT,
);

const yRange = (page) =>
  page.$eval("#plot", ({ chart }) => [chart.scales.y.min, chart.scales.y.max]);

test(
  "y-min and y-max fix the y axis, alone or together; bad values get a message",
  async () => {
    const { page } = await openWidget('y-min="-1" y-max="3"');
    expect(await yRange(page)).toEqual([-1, 3]);
    await page.$eval("#plot", (element) => element.removeAttribute("y-max"));
    await nextFrames(page);
    const [min, max] = await yRange(page);
    expect(min).toBe(-1);
    expect(max).toBeGreaterThanOrEqual(2);
    await page.$eval("#plot", (element) => {
      element.setAttribute("y-min", "3");
      element.setAttribute("y-max", "1");
    });
    await nextFrames(page);
    expect(await widgetMessage(page, "#plot")).toBe(
      "y-min: must be less than y-max (got y-min 3, y-max 1)",
    );
    await page.$eval("#plot", (element) =>
      element.setAttribute("y-max", "1e16"),
    );
    await nextFrames(page);
    expect(await widgetMessage(page, "#plot")).toContain(
      'y-max: "1e16" is too large to draw; expected a number from -1e15 to 1e15',
    );
    await page.close();
  },
  TIMEOUT,
);

// Moves the first parameter slider to `value` as a drag does (input), or releases it (change).
const slide = (page, value, type) =>
  page.$eval(
    "#plot",
    (element, [value, type]) => {
      const slider = element.shadowRoot.querySelector("input[type=range]");
      slider.value = value;
      slider.dispatchEvent(new Event(type, { bubbles: true }));
    },
    [value, type],
  );

test(
  "while a slider is dragged the y range only grows; on release it refits",
  async () => {
    const { page } = await openWidget('functions="elu"');
    await slide(page, 2, "input");
    await nextFrames(page);
    const wide = await yRange(page);
    expect(wide[0]).toBeLessThanOrEqual(-1.7);
    await slide(page, 0.2, "input");
    await nextFrames(page);
    const [min, max] = await yRange(page);
    expect(min).toBeLessThanOrEqual(wide[0]);
    expect(max).toBeGreaterThanOrEqual(wide[1]);
    await slide(page, 0.2, "change");
    await nextFrames(page);
    const refit = await yRange(page);
    expect(refit[0]).toBeGreaterThan(-1);
    await page.close();
  },
  TIMEOUT,
);

test(
  "a fixed y axis stays fixed while dragging",
  async () => {
    const { page } = await openWidget('functions="elu" y-min="-0.5" y-max="1"');
    await slide(page, 2, "input");
    await nextFrames(page);
    expect(await yRange(page)).toEqual([-0.5, 1]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "coinciding derivatives differ in width (wider drawn first) and dash pattern",
  async () => {
    const { page } = await openWidget(
      'functions="relu,leaky_relu,elu" derivative',
    );
    const styles = await page.$eval("#plot", ({ chart }) =>
      chart.data.datasets.map(({ borderWidth, borderDash }) => ({
        borderWidth,
        borderDash: [...borderDash],
      })),
    );
    const derivatives = [styles[1], styles[3], styles[5]];
    const widths = styles.map(({ borderWidth }) => borderWidth);
    // Chart.js draws the last dataset first: every later line is wider.
    widths
      .slice(1)
      .forEach((width, i) => expect(width).toBeGreaterThan(widths[i]));
    const dashes = new Set(
      derivatives.map(({ borderDash }) => String(borderDash)),
    );
    expect(dashes.size).toBe(3);
    expect(derivatives.every(({ borderDash }) => borderDash.length > 0)).toBe(
      true,
    );
    const swatches = await page.$eval("#plot", (element) =>
      [...element.shadowRoot.querySelectorAll(".legend .swatch")].map(
        (swatch) => swatch.style.backgroundImage,
      ),
    );
    expect(new Set(swatches).size).toBe(6);
    expect(swatches[1]).toContain("repeating-linear-gradient");
    await page.close();
  },
  TIMEOUT,
);

const legendState = (page) =>
  page.$eval("#plot", (element) => ({
    pressed: [...element.shadowRoot.querySelectorAll(".legend button")].map(
      (button) => [button.textContent, button.getAttribute("aria-pressed")],
    ),
    visible: element.chart.data.datasets.map((_, index) =>
      element.chart.isDatasetVisible(index),
    ),
  }));

test(
  "legend buttons hide and show a line, by mouse and keyboard, across slider changes",
  async () => {
    const { page, problems } = await openWidget(
      'functions="relu,leaky_relu" derivative',
    );
    expect((await legendState(page)).pressed).toEqual([
      ["ReLU", "true"],
      ["ReLU′ (derivative)", "true"],
      ["Leaky ReLU", "true"],
      ["Leaky ReLU′ (derivative)", "true"],
    ]);
    await page
      .locator("#plot .legend button", { hasText: "ReLU′" })
      .first()
      .click();
    await nextFrames(page);
    let state = await legendState(page);
    expect(state.pressed[1]).toEqual(["ReLU′ (derivative)", "false"]);
    expect(state.visible).toEqual([true, false, true, true]);
    await slide(page, 0.2, "input");
    await slide(page, 0.2, "change");
    await nextFrames(page);
    state = await legendState(page);
    expect(state.visible).toEqual([true, false, true, true]);
    expect(state.pressed[1][1]).toBe("false");
    await page
      .locator("#plot .legend button", { hasText: "ReLU′" })
      .first()
      .focus();
    await page.keyboard.press("Enter");
    await nextFrames(page);
    state = await legendState(page);
    expect(state.visible).toEqual([true, true, true, true]);
    expect(state.pressed[1][1]).toBe("true");
    await page.keyboard.press("Space");
    await nextFrames(page);
    expect((await legendState(page)).visible).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

// The inset's box on the canvas (CSS pixels): where the chart differs from the same chart with
// inset="off".
async function insetBox(page) {
  await page.$eval("#plot", ({ chart }) => {
    const { width, height } = chart.canvas;
    window.withInset = chart.ctx.getImageData(0, 0, width, height).data;
  });
  const inset = await page.$eval("#plot", (element) =>
    element.getAttribute("inset"),
  );
  await page.$eval("#plot", (element) => element.setAttribute("inset", "off"));
  await nextFrames(page);
  const box = await page.$eval("#plot", ({ chart }) => {
    const { width, height } = chart.canvas;
    const without = chart.ctx.getImageData(0, 0, width, height).data;
    const ratio = chart.currentDevicePixelRatio;
    const box = {
      left: Infinity,
      top: Infinity,
      right: -Infinity,
      bottom: -Infinity,
    };
    for (let i = 0; i < without.length; i += 4)
      if (
        without[i] !== window.withInset[i] ||
        without[i + 1] !== window.withInset[i + 1] ||
        without[i + 2] !== window.withInset[i + 2]
      ) {
        const x = ((i / 4) % width) / ratio;
        const y = Math.floor(i / 4 / width) / ratio;
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x);
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y);
      }
    return box.left === Infinity ? null : box;
  });
  await page.$eval(
    "#plot",
    (element, inset) =>
      inset === null
        ? element.removeAttribute("inset")
        : element.setAttribute("inset", inset),
    inset,
  );
  await nextFrames(page);
  return box;
}

// The points of the drawn lines (CSS pixels) and the segments between them inside `box`.
const dataInBox = (page, box) =>
  page.$eval(
    "#plot",
    ({ chart }, box) => {
      const inside = ({ x, y }) =>
        x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      const hits = [];
      chart.data.datasets.forEach((dataset, index) => {
        const points = chart.getDatasetMeta(index).data.filter((p) => !p.skip);
        for (let i = 0; i < points.length; i++) {
          const steps = i === 0 ? 1 : 20;
          for (let s = 0; s < steps; s++) {
            const from = points[Math.max(0, i - 1)];
            const t = s / steps;
            const at = {
              x: from.x + (points[i].x - from.x) * t,
              y: from.y + (points[i].y - from.y) * t,
            };
            if (inside(at)) hits.push([dataset.label, at]);
          }
        }
      });
      return hits;
    },
    box,
  );

test(
  "the inset covers no drawn data: leaky_relu and logsigmoid with derivatives",
  async () => {
    const { page } = await openWidget(
      'functions="leaky_relu,logsigmoid" derivative',
    );
    const box = await insetBox(page);
    expect(box).not.toBeNull();
    expect(await dataInBox(page, box)).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "the default figure's inset covers no data either",
  async () => {
    const { page } = await openWidget("");
    const box = await insetBox(page);
    expect(box).not.toBeNull();
    expect(await dataInBox(page, box)).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "inset names one listed function; an unlisted one gets a message naming the choices",
  async () => {
    const { page } = await openWidget('functions="relu,elu" inset="elu"');
    expect(await widgetMessage(page, "#plot")).toBe("");
    expect(await insetBox(page)).not.toBeNull();
    await page.$eval("#plot", (element) =>
      element.setAttribute("inset", "gelu"),
    );
    await nextFrames(page);
    expect(await widgetMessage(page, "#plot")).toBe(
      'inset: expected one of auto, off, relu, elu (got "gelu")',
    );
    await page.close();
  },
  TIMEOUT,
);

test(
  "a hidden line gets no crosshair dot",
  async () => {
    const { page } = await openWidget('functions="relu,sigmoid"');
    const hoverAt = async (x) => {
      const px = await page.$eval(
        "#plot",
        ({ chart }, x) => chart.scales.x.getPixelForValue(x),
        x,
      );
      const box = await page.locator("#plot canvas").boundingBox();
      await page.mouse.move(box.x + px, box.y + box.height / 2);
      await nextFrames(page);
    };
    await hoverAt(0);
    expect(isBackground(await pixelAt(page, 0, 0.5, 3, 0))).toBe(false);
    await page.locator("#plot .legend button", { hasText: "Sigmoid" }).click();
    await hoverAt(0);
    expect(isBackground(await pixelAt(page, 0, 0.5, 3, 0))).toBe(true);
    await page.close();
  },
  TIMEOUT,
);
