// Short descriptions of arbitrary values, for error messages.

export function describe(value) {
  if (typeof value === "string") return `string '${value}'`;
  if (typeof value === "number") return `number ${value}`;
  if (value === null || value === undefined) return String(value);
  if (typeof value === "object") return value.constructor?.name ?? "object";
  return typeof value;
}

export function quoteList(names) {
  return names.map((name) => `'${name}'`).join(", ");
}
