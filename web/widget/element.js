// <activation-plot>: the custom element. Created on connect and destroyed on disconnect, after the
// task: an element moved in the DOM (removed and inserted again at once) keeps its chart and the
// reader's changes. Attribute changes (watched with a MutationObserver, since parameter names come
// from the catalogue) become option updates; reader changes fire a `change` event.
import { createActivationPlot } from "./controller.js";

const attributeEntries = (element) =>
  Array.from(element.attributes, (attribute) => [
    attribute.name,
    attribute.value,
  ]);

export class ActivationPlotElement extends HTMLElement {
  #controller = null;
  #observer = null;
  #readyWaiters = [];
  #leaving = false;

  connectedCallback() {
    if (this.#leaving) {
      this.#leaving = false;
      return;
    }
    this.#controller = createActivationPlot(
      this,
      {},
      {
        onChange: (options) => this.#announce(options),
        shareKey: () => this.#shareKey(),
      },
    );
    this.#controller.updateAttributes(attributeEntries(this));
    this.#observer = new MutationObserver((records) =>
      this.#attributesChanged(records),
    );
    this.#observer.observe(this, { attributes: true, attributeOldValue: true });
    const ready = this.#controller.ready;
    for (const resolve of this.#readyWaiters.splice(0)) resolve(ready);
  }

  disconnectedCallback() {
    this.#leaving = true;
    queueMicrotask(() => {
      if (this.#leaving) this.#tearDown();
    });
  }

  #tearDown() {
    this.#leaving = false;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#controller?.destroy();
    this.#controller = null;
  }

  // Each changed attribute with its value before the first of these changes.
  #attributesChanged(records) {
    const previous = new Map();
    for (const { attributeName, oldValue } of records)
      if (!previous.has(attributeName)) previous.set(attributeName, oldValue);
    const changed = [...previous].map(([name, before]) => [
      name,
      this.getAttribute(name),
      before,
    ]);
    this.#controller?.updateAttributes(changed, attributeEntries(this));
  }

  #announce(options) {
    this.dispatchEvent(
      new CustomEvent("change", {
        detail: { options },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #shareKey() {
    if (this.id) return this.id;
    const all = this.ownerDocument.querySelectorAll("activation-plot");
    return `activation-plot-${Array.prototype.indexOf.call(all, this) + 1}`;
  }

  // Resolves after the first render of the current connection (waits for one if disconnected).
  get ready() {
    if (this.#controller) return this.#controller.ready;
    return new Promise((resolve) => this.#readyWaiters.push(resolve));
  }

  // { series: [{ id, params, kind, x, y }] }, or null before the first render.
  get data() {
    return this.#controller?.data ?? null;
  }

  get chart() {
    return this.#controller?.chart ?? null;
  }

  get options() {
    return this.#controller?.options ?? null;
  }
}

export function defineActivationPlot(name = "activation-plot") {
  if (!customElements.get(name))
    customElements.define(name, ActivationPlotElement);
}
