// Bad attribute values: a short message inside the widget naming the attribute and what is
// allowed; nothing escapes to the page; other widgets keep working; text is never HTML.
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

const BAD = [
  ['alpha="abc"', /^alpha: "abc" is not a number/],
  ['x-min="3" x-max="-3"', /^x-min: must be less than x-max/],
  ['points="1e9"', /^points: expected a whole number from 2 to 10000/],
  [
    'functions="relu,nope"',
    /^functions: unknown function "nope"; allowed: relu, leaky_relu/,
  ],
  ['controls="huge"', /^controls: expected one of full, compact, none/],
  ['functions="celu" alpha="0"', /celu.*alpha/],
];

test(
  "each bad attribute shows its message and leaves the other widgets working",
  async () => {
    const body =
      BAD.map(
        ([attributes], index) =>
          `<activation-plot id="bad${index}" ${attributes}></activation-plot>`,
      ).join("") +
      '<activation-plot id="good" functions="tanh"></activation-plot>';
    const { page, problems } = await openFixture(context, body, {
      height: 4000,
    });
    await allReady(page);
    for (const [index, [, pattern]] of BAD.entries())
      expect(await widgetMessage(page, `#bad${index}`)).toMatch(pattern);
    expect(await widgetMessage(page, "#good")).toBe("");
    await page.evaluate(() =>
      document.getElementById("good").setAttribute("x-max", "5"),
    );
    await nextFrames(page);
    expect((await widgetData(page, "#good")).series[0].x.at(-1)).toBe(5);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "a bad change keeps the last good plot, and a good one clears the message",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot" functions="elu" alpha="0.5"></activation-plot>',
    );
    await allReady(page);
    await page.evaluate(() =>
      document.getElementById("plot").setAttribute("alpha", "oops"),
    );
    await nextFrames(page);
    expect(await widgetMessage(page, "#plot")).toMatch(
      /^alpha: "oops" is not a number/,
    );
    expect((await widgetData(page, "#plot")).series[0].params.alpha).toBe(0.5);
    await page.evaluate(() =>
      document.getElementById("plot").setAttribute("alpha", "2"),
    );
    await nextFrames(page);
    expect(await widgetMessage(page, "#plot")).toBe("");
    expect((await widgetData(page, "#plot")).series[0].params.alpha).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "attribute text is rendered as text, never as HTML",
  async () => {
    const attack = '<img src=x onerror="window.hacked=1">';
    const { page, problems } = await openFixture(
      context,
      `<activation-plot id="title" title='${attack}' controls="full"></activation-plot><activation-plot id="fn" functions='${attack}'></activation-plot>`,
      { height: 3000 },
    );
    await allReady(page);
    const result = await page.evaluate(() => ({
      hacked: window.hacked === 1,
      images: [...document.querySelectorAll("activation-plot")].map(
        (element) => element.shadowRoot.querySelectorAll("img").length,
      ),
      title: document.getElementById("title").chart.options.plugins.title.text,
    }));
    expect(result).toEqual({ hacked: false, images: [0, 0], title: attack });
    expect(await widgetMessage(page, "#fn")).toBe(
      `functions: unexpected "<" at character 1 of ${JSON.stringify(attack)}; expected a function id such as relu`,
    );
    const snippet = await page.evaluate(() => {
      const root = document.getElementById("title").shadowRoot;
      root.querySelector('[data-export="embed"]').click();
      return root.querySelector("textarea").value;
    });
    expect(snippet).toContain(
      'title="&lt;img src=x onerror=&quot;window.hacked=1&quot;>"',
    );
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
