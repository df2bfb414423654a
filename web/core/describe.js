// Short descriptions of arbitrary values, for error messages: user text is quoted shortened, and
// describing never throws (a revoked Proxy, an object without a prototype).

export function shorten(text, shown = 40) {
  return text.length <= shown
    ? text
    : `${text.slice(0, shown)}… (${text.length} characters)`;
}

function describeObject(value) {
  if (typeof value === "function") return "function";
  let prototype;
  try {
    prototype = Object.getPrototypeOf(value);
  } catch {
    return "a revoked Proxy";
  }
  if (prototype === null) return "an object with no prototype";
  let name;
  try {
    name = prototype.constructor?.name;
  } catch {
    name = undefined;
  }
  return typeof name === "string" && name ? shorten(name) : "object";
}

export function describe(value) {
  switch (typeof value) {
    case "string":
      return `string '${shorten(value)}'`;
    case "number":
      return `number ${value}`;
    case "bigint":
      return `bigint ${shorten(String(value))}n`;
    case "symbol":
      return "symbol";
    case "undefined":
      return "undefined";
    default:
      return value === null ? "null" : describeObject(value);
  }
}

export function quoteList(names) {
  return names.map((name) => `'${name}'`).join(", ");
}

// What `read()` returns; an exception thrown by the caller's own code while it runs (a getter, a
// Proxy trap, a revoked Proxy) becomes an Error saying which argument was being read.
export function readArgument(what, read) {
  try {
    return read();
  } catch (error) {
    const reason =
      error instanceof Error ? error.message : `it threw ${describe(error)}`;
    throw new Error(`${what} could not be read: ${shorten(reason, 200)}`, {
      cause: error,
    });
  }
}
