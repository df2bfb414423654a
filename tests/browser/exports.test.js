// Exports: Python (NumPy and PyTorch) reproducing the plot, CSV from the core, the embed snippet,
// a shareable link that restores the state, and the PNG.
import { readFileSync } from "node:fs";
import {
  allReady,
  chartImage,
  openFixture,
  startBrowser,
  TIMEOUT,
  widgetData,
} from "./harness.js";

let context;
beforeAll(async () => {
  context = await startBrowser();
}, TIMEOUT);
afterAll(() => context?.close(), TIMEOUT);

async function exportText(page, selector, name) {
  return page.$eval(
    selector,
    (element, button) => {
      element.shadowRoot.querySelector(`[data-export="${button}"]`).click();
      return element.shadowRoot.querySelector("textarea").value;
    },
    name,
  );
}

test(
  "copy as Python gives the tutorial's NumPy style with the kink sampled, and a PyTorch variant",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot" controls="full"></activation-plot>',
    );
    await allReady(page);
    const numpy = await exportText(page, "#plot", "numpy");
    expect(numpy).toContain(
      "import matplotlib.pyplot as plt\nimport numpy as np\n",
    );
    expect(numpy).toContain(
      "def leaky_relu(x, negative_slope=0.01):\n    return np.where(x > 0, x, negative_slope * x)",
    );
    expect(numpy).toContain(
      "x = np.linspace(-2, 2, 100)\nx = np.union1d(x, [0.0])",
    );
    expect(numpy).toContain(
      "plt.title('Leaky ReLU Activation Function')\nplt.xlabel('x')\nplt.ylabel('f(x)')\nplt.show()",
    );
    const torch = await exportText(page, "#plot", "torch");
    expect(torch).toContain("y0 = F.leaky_relu(x, negative_slope=0.01)");
    expect(torch).toContain("torch.linspace(-2, 2, 100, dtype=torch.float64)");
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "Python for formulas with definitions, choices and derivatives",
  async () => {
    const { page } = await openFixture(
      context,
      '<activation-plot id="plot" functions="selu,gelu,swish" gelu.approximate="tanh" controls="full" derivative></activation-plot>',
    );
    await allReady(page);
    const numpy = await exportText(page, "#plot", "numpy");
    expect(numpy).toContain(
      "def selu(x):\n    lambda_ = 1.0507009873554805\n    alpha = 1.6732632423543772\n    return lambda_ * (np.where(x > 0, x, alpha * (np.exp(x) - 1)))",
    );
    expect(numpy).toContain(
      "def gelu(x):\n    # approximate='tanh'\n    return x / 2 * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))",
    );
    expect(numpy).toContain(
      "def swish(x, beta=1.0):\n    def sigma(z):\n        return 1 / (1 + np.exp(-z))\n    return x * sigma(beta * x)",
    );
    expect(numpy).toContain("dy0 = np.gradient(y0, x)");
    const torch = await exportText(page, "#plot", "torch");
    expect(torch).toContain("y1 = F.gelu(x, approximate='tanh')");
    expect(torch).toContain("y2 = swish(x)");
    expect(torch).toContain("(dy0,) = torch.autograd.grad(y0.sum(), x)");
    await page.close();
  },
  TIMEOUT,
);

test(
  "CSV has the union of sampled x and the core's values at each, broken at jumps",
  async () => {
    const { page } = await openFixture(
      context,
      '<activation-plot id="plot" functions="relu,hardtanh" points="5" controls="full" derivative></activation-plot>',
    );
    await allReady(page);
    const csv = await exportText(page, "#plot", "csv");
    const [header, ...rows] = csv.trim().split("\n");
    expect(header).toBe(
      "x,relu(x),d/dx relu(x),hardtanh(x; min_val=-1; max_val=1),d/dx hardtanh(x; min_val=-1; max_val=1)",
    );
    // relu′ jumps at 0, hardtanh′ at ±1: five rows there (left limit, gap, value, gap, right).
    expect(rows).toEqual([
      "-2,0,0,-1,0",
      "-1,0,0,-1,0",
      "-1,0,0,-1,",
      "-1,0,0,-1,0",
      "-1,0,0,-1,",
      "-1,0,0,-1,1",
      "0,0,0,0,1",
      "0,0,,0,1",
      "0,0,0,0,1",
      "0,0,,0,1",
      "0,0,1,0,1",
      "1,1,1,1,1",
      "1,1,1,1,",
      "1,1,1,1,0",
      "1,1,1,1,",
      "1,1,1,1,0",
      "2,2,1,1,0",
    ]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "the shareable link restores the reader's changes; the embed snippet reproduces them",
  async () => {
    const { page } = await openFixture(
      context,
      '<activation-plot id="plot" functions="elu" controls="full"></activation-plot>',
    );
    await allReady(page);
    await page.locator("#plot input[type=range]").fill("0.5");
    await page.locator("#plot input[type=checkbox][id^=derivative]").check();
    const link = await exportText(page, "#plot", "link");
    const state = new URLSearchParams(
      new URLSearchParams(new URL(link).hash.slice(1)).get("plot"),
    );
    expect(Object.fromEntries(state)).toEqual({
      functions: "elu",
      derivative: "",
      controls: "full",
      "elu.alpha": "0.5",
    });
    const snippet = await exportText(page, "#plot", "embed");
    expect(snippet).toBe(
      '<activation-plot functions="elu" derivative controls="full" elu.alpha="0.5"></activation-plot>',
    );
    const restored = await openFixture(
      context,
      '<activation-plot id="plot" functions="elu" controls="full"></activation-plot>',
      { hash: new URL(link).hash },
    );
    await allReady(restored.page);
    const data = await widgetData(restored.page, "#plot");
    expect(data.series.map((s) => [s.kind, s.params.alpha])).toEqual([
      ["value", 0.5],
      ["derivative", 0.5],
    ]);
    await page.close();
    await restored.page.close();
  },
  TIMEOUT,
);

test(
  "the link and the snippet write parameters per function, so a shared attribute does not undo the reader's value",
  async () => {
    const body =
      '<activation-plot id="plot" functions="relu,leaky_relu,elu" alpha="0.1" controls="full"></activation-plot>';
    const { page, problems } = await openFixture(context, body);
    await allReady(page);
    await page.getByLabel("ELU alpha value").fill("1");
    await page.getByLabel("ELU alpha value").press("Enter");
    const link = await exportText(page, "#plot", "link");
    const state = new URLSearchParams(
      new URLSearchParams(new URL(link).hash.slice(1)).get("plot"),
    );
    expect([...state]).toEqual([
      ["functions", "relu,leaky_relu,elu"],
      ["controls", "full"],
      ["leaky_relu.negative_slope", "0.1"],
      ["elu.alpha", "1"],
    ]);
    expect(await exportText(page, "#plot", "embed")).toBe(
      '<activation-plot functions="relu,leaky_relu,elu" controls="full" leaky_relu.negative_slope="0.1" elu.alpha="1"></activation-plot>',
    );
    const restored = await openFixture(context, body, {
      hash: new URL(link).hash,
    });
    await allReady(restored.page);
    const data = await widgetData(restored.page, "#plot");
    expect(data.series.map((s) => [s.id, s.params])).toEqual([
      ["relu", {}],
      ["leaky_relu", { negative_slope: 0.1 }],
      ["elu", { alpha: 1 }],
    ]);
    expect(problems).toEqual([]);
    await page.close();
    await restored.page.close();
  },
  TIMEOUT,
);

test(
  "PNG export downloads the chart with its legend drawn in",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot" functions="relu,elu" controls="full"></activation-plot>',
    );
    await allReady(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('#plot [data-export="png"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe("relu-elu.png");
    const saved = readFileSync(await download.path());
    expect(saved.subarray(1, 4).toString()).toBe("PNG");
    const withoutLegend = await chartImage(page, "#plot");
    expect(`data:image/png;base64,${saved.toString("base64")}`).not.toBe(
      withoutLegend,
    );
    const legendShownAfter = await page.$eval(
      "#plot",
      (element) => element.chart.options.plugins.legend.display,
    );
    expect(legendShownAfter).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "Python breaks the lines at jumps with NaN, as the data does, and marks the dots",
  async () => {
    const { page } = await openFixture(
      context,
      '<activation-plot id="plot" functions="heaviside,relu" points="10" controls="full" derivative></activation-plot>',
    );
    await allReady(page);
    for (const dialect of ["numpy", "torch"]) {
      const code = await exportText(page, "#plot", dialect);
      expect(code).toContain(
        "def plot_with_jumps(x, y, jumps, *style, **kwargs):",
      );
      expect(code).toContain(
        "y[i:i + 1] = [left, float('nan'), value, float('nan'), right]",
      );
      expect(code).toMatch(
        /plot_with_jumps\(x(\.detach\(\))?, y0(\.detach\(\))?, \[\(0\.0, 0\.0, 1\.0, 0\.0\)\], label='Heaviside step'\)/,
      );
      expect(code).toContain("[(0.0, 0.0, 1.0, 0.0)], '--', label='ReLU′')");
      expect(code).toMatch(
        /plt\.plot\(x(\.detach\(\))?, y1(\.detach\(\))?, label='ReLU'\)/,
      );
    }
    await page.close();
  },
  TIMEOUT,
);
