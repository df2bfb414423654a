// Reader and author changes: slider, attributes, derivative toggle, change events, hover read-out.
import {
  chartImage,
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
    `<activation-plot id="plot" ${attributes}></activation-plot>`,
  );
  await opened.page.evaluate(() => document.getElementById("plot").ready);
  expect(await widgetMessage(opened.page, "#plot")).toBe("");
  return opened;
}

const valueOf = (data, id, kind = "value") =>
  data.series.find((s) => s.id === id && s.kind === kind);

test(
  "moving the alpha slider changes the data, the pixels and fires change",
  async () => {
    const { page, problems } = await openWidget('functions="leaky_relu"');
    await page.evaluate(() => {
      window.changes = [];
      document
        .getElementById("plot")
        .addEventListener("change", (event) =>
          window.changes.push(event.detail.options),
        );
    });
    const before = {
      data: await widgetData(page, "#plot"),
      image: await chartImage(page, "#plot"),
    };
    const slider = page.locator("#plot input[type=range]");
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await nextFrames(page);
    const after = {
      data: await widgetData(page, "#plot"),
      image: await chartImage(page, "#plot"),
    };
    expect(valueOf(after.data, "leaky_relu").params.negative_slope).toBeCloseTo(
      0.015,
      12,
    );
    expect(valueOf(after.data, "leaky_relu").y[0]).toBeCloseTo(-0.03, 12);
    expect(after.image).not.toBe(before.image);
    const changes = await page.evaluate(() => window.changes);
    expect(changes).toHaveLength(5);
    expect(changes.at(-1).params["leaky_relu.negative_slope"]).toBeCloseTo(
      0.015,
      12,
    );
    await slider.fill("0.3");
    await nextFrames(page);
    expect(
      await page.$eval("#plot", (element) => element.chart.scales.y.min),
    ).toBeLessThanOrEqual(-0.6);
    expect(
      valueOf(await widgetData(page, "#plot"), "leaky_relu").params
        .negative_slope,
    ).toBe(0.3);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "setting attributes changes the data and the pixels, without a change event",
  async () => {
    const { page, problems } = await openWidget(
      'functions="relu,leaky_relu,elu"',
    );
    await page.evaluate(() => {
      window.changes = 0;
      document
        .getElementById("plot")
        .addEventListener("change", () => window.changes++);
    });
    const image = await chartImage(page, "#plot");
    await page.evaluate(() => {
      const element = document.getElementById("plot");
      element.setAttribute("alpha", "0.1");
      element.setAttribute("x-min", "-3");
      element.setAttribute("x-max", "3");
      element.setAttribute("points", "61");
    });
    await nextFrames(page);
    const data = await widgetData(page, "#plot");
    expect(valueOf(data, "leaky_relu").params).toEqual({ negative_slope: 0.1 });
    expect(valueOf(data, "elu").params).toEqual({ alpha: 0.1 });
    expect(valueOf(data, "relu").x).toHaveLength(61);
    expect(valueOf(data, "elu").x[0]).toBe(-3);
    expect(await chartImage(page, "#plot")).not.toBe(image);
    await page.evaluate(() =>
      document.getElementById("plot").setAttribute("functions", "sigmoid"),
    );
    await nextFrames(page);
    expect((await widgetData(page, "#plot")).series.map((s) => s.id)).toEqual([
      "sigmoid",
    ]);
    await page.evaluate(() =>
      document.getElementById("plot").removeAttribute("x-min"),
    );
    await nextFrames(page);
    expect(valueOf(await widgetData(page, "#plot"), "sigmoid").x[0]).toBe(-2);
    expect(await page.evaluate(() => window.changes)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "the derivative toggle and attribute add the core's f' for each curve",
  async () => {
    const { page, problems } = await openWidget('functions="relu,tanh"');
    expect((await widgetData(page, "#plot")).series.map((s) => s.kind)).toEqual(
      ["value", "value"],
    );
    await page.locator("#plot input[type=checkbox]").check();
    await nextFrames(page);
    const data = await widgetData(page, "#plot");
    expect(data.series.map((s) => `${s.id}:${s.kind}`)).toEqual([
      "relu:value",
      "relu:derivative",
      "tanh:value",
      "tanh:derivative",
    ]);
    const exact = await page.evaluate(async (xs) => {
      const core = await ActivationPlot.loadCore();
      return Array.from(core.derivative("tanh", Float64Array.from(xs)));
    }, valueOf(data, "tanh").x);
    expect(valueOf(data, "tanh", "derivative").y).toEqual(exact);
    expect(
      valueOf(data, "relu", "derivative").y[valueOf(data, "relu").x.indexOf(0)],
    ).toBe(0);
    expect(
      await page.evaluate(
        () => document.getElementById("plot").chart.data.datasets.length,
      ),
    ).toBe(4);
    await page.evaluate(() =>
      document.getElementById("plot").setAttribute("derivative", "false"),
    );
    await nextFrames(page);
    expect((await widgetData(page, "#plot")).series).toHaveLength(2);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "hovering shows exact values from the core; keys move the crosshair",
  async () => {
    const { page, problems } = await openWidget(
      'functions="leaky_relu" controls="none"',
    );
    const box = await page.locator("#plot canvas").boundingBox();
    const pixel = await page.$eval("#plot", (element) =>
      element.chart.scales.x.getPixelForValue(-1),
    );
    await page.mouse.move(box.x + pixel, box.y + box.height / 2);
    await nextFrames(page);
    const readout = await page.$eval(
      "#plot",
      (element) => element.shadowRoot.querySelector(".readout").textContent,
    );
    const x = Number(readout.match(/^x = (\S+)/)[1].replace("−", "-"));
    expect(Math.abs(x + 1)).toBeLessThan(0.02);
    expect(readout).toContain(`f(x) = ${String(0.01 * x).replace("-", "−")}`);
    expect(readout).toContain("f′(x) = 0.01");
    await page.locator("#plot canvas").focus();
    await page.keyboard.press("End");
    expect(
      await page.$eval(
        "#plot",
        (element) => element.shadowRoot.querySelector(".readout").textContent,
      ),
    ).toBe("x = 2 · Leaky ReLU: f(x) = 2, f′(x) = 1");
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "presets, reset and the function picker in full controls",
  async () => {
    const { page, problems } = await openWidget(
      'functions="relu" controls="full"',
    );
    await page
      .getByRole("button", { name: "Keras LeakyReLU layer (0.3)" })
      .click();
    let data = await widgetData(page, "#plot");
    expect(data.series.map((s) => s.id)).toEqual(["relu", "leaky_relu"]);
    expect(valueOf(data, "leaky_relu").params.negative_slope).toBe(0.3);
    await page.getByRole("button", { name: "GELU tanh approximation" }).click();
    expect(
      valueOf(await widgetData(page, "#plot"), "gelu").params.approximate,
    ).toBe("tanh");
    await page.getByText("Functions to compare").click();
    await page.getByLabel("Sigmoid sigmoid").check();
    expect((await widgetData(page, "#plot")).series.map((s) => s.id)).toContain(
      "sigmoid",
    );
    await page.getByRole("button", { name: "Reset" }).click();
    data = await widgetData(page, "#plot");
    expect(data.series.map((s) => s.id)).toEqual(["relu"]);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
