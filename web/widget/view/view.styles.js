// The widget's stylesheet, scoped by its shadow root. Custom properties on the host are the
// only way in: --activation-plot-aspect-ratio, --activation-plot-font.
export const STYLES = `
:host { display: block; contain: content; }
:host([hidden]), [hidden] { display: none !important; }
.root {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d0d7de; --accent: #0969da; --badge: #eef1f4;
  font: 14px/1.4 var(--activation-plot-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  padding: 8px; box-sizing: border-box;
}
.root.dark { --bg: #16181d; --fg: #e6edf3; --muted: #9aa4af; --line: #30363d; --accent: #4493f8; --badge: #262b33; }
*, *::before, *::after { box-sizing: inherit; }
figure { margin: 0; }
.plot { position: relative; width: 100%; aspect-ratio: var(--activation-plot-aspect-ratio, 4 / 3); min-width: 0; overflow: hidden; }
.plot canvas { position: absolute; inset: 0; display: block; }
.plot canvas:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
.placeholder { position: absolute; inset: 0; display: grid; place-items: center; color: var(--muted); }
.legend { list-style: none; display: flex; flex-wrap: wrap; justify-content: center; gap: 2px 14px; margin: 4px 0 0; padding: 0; font-size: 13px; }
.legend li { display: flex; }
.legend button { display: flex; align-items: center; gap: 6px; border-color: transparent; background: none; padding: 1px 4px; }
.legend button[aria-pressed="false"] { color: var(--muted); text-decoration: line-through; }
.legend button[aria-pressed="false"] .swatch { opacity: 0.35; }
.swatch { display: inline-block; width: 26px; }
.readout { min-height: 1.4em; font-variant-numeric: tabular-nums; color: var(--muted); font-size: 13px; }
.message { border: 1px solid #cf222e; background: #ffebe9; color: #82071e; border-radius: 6px; padding: 6px 10px; margin-bottom: 8px; }
.dark .message { background: #3c1618; color: #ffdcd7; border-color: #f85149; }
.message ul { margin: 0; padding-left: 1.2em; }
.note { border: 1px solid var(--line); background: var(--badge); border-radius: 6px; padding: 4px 10px; margin-bottom: 8px; font-size: 13px; }
.note p { margin: 0; }
.formulas { display: grid; gap: 6px; margin-top: 6px; }
.formula h3 { font-size: 13px; margin: 0; font-weight: 600; }
.formula math { font-size: 1.05em; margin: 2px 0; }
.badges { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; padding: 0; margin: 2px 0 0; }
.badge { background: var(--badge); border-radius: 10px; padding: 0 8px; font-size: 12px; }
.badge.off { color: var(--muted); }
.controls { display: grid; gap: 6px; margin-top: 8px; }
.control.parameter { display: grid; grid-template-columns: minmax(8em, auto) 1fr 6.5em; grid-template-rows: auto auto; column-gap: 8px; align-items: center; }
.control.parameter .hint { grid-column: 2; color: var(--muted); font-size: 11px; }
.control-row { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
.row-label { color: var(--muted); font-size: 12px; min-width: 4em; }
.control.field { display: flex; gap: 4px; align-items: center; }
.control.field input { width: 6em; }
.picker-list { list-style: none; padding: 0; margin: 4px 0; columns: 12em; }
input, select, button, textarea { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 4px; }
input[type="range"] { accent-color: var(--accent); border: 0; }
input[type="checkbox"] { accent-color: var(--accent); }
button { padding: 2px 8px; cursor: pointer; }
button:hover { border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.output { display: grid; gap: 4px; }
.output textarea { width: 100%; min-height: 8em; font: 12px/1.35 ui-monospace, monospace; white-space: pre; }
.status { color: var(--muted); font-size: 12px; min-height: 1em; }
.table { margin-top: 6px; font-size: 12px; }
.table table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.table th, .table td { border: 1px solid var(--line); padding: 1px 6px; text-align: right; }
.visually-hidden, .table.hidden-table {
  position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
`;
