// When a lazily loaded widget is needed: once its element comes within `margin` of the viewport,
// or the page is about to print (beforeprint, or print media as devtools emulate it), so widgets
// below the fold are drawn when they are read and a printed page has no empty boxes. Calls
// `onNeeded` once; `signal` stops watching.
export function whenNeeded(element, signal, onNeeded, margin = "300px") {
  const observer =
    typeof IntersectionObserver === "function"
      ? new IntersectionObserver(
          (entries) =>
            entries.some((entry) => entry.isIntersecting) && needed(),
          { rootMargin: margin },
        )
      : null;
  const print = globalThis.matchMedia?.("print");
  const onPrintMedia = (event) => event.matches && needed();
  function stop() {
    observer?.disconnect();
    globalThis.removeEventListener?.("beforeprint", needed);
    print?.removeEventListener("change", onPrintMedia);
  }
  function needed() {
    stop();
    onNeeded();
  }
  signal.addEventListener("abort", stop, { once: true });
  if (!observer) return needed();
  observer.observe(element);
  globalThis.addEventListener?.("beforeprint", needed);
  print?.addEventListener("change", onPrintMedia);
}
