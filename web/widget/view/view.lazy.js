// Resolves when `element` is within `margin` of the viewport, so widgets below the fold are
// drawn only when the reader scrolls near them. `signal` aborts the wait.
export function whenNearViewport(element, signal, margin = "300px") {
  if (typeof IntersectionObserver !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    signal.addEventListener("abort", () => observer.disconnect(), {
      once: true,
    });
  });
}
