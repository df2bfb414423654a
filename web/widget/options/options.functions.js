// The syntax of the `functions` option: function ids separated by commas, each optionally called
// with named values, e.g. "relu, leaky_relu(negative_slope=0.1), gelu(approximate=tanh)".
// Syntax only: what the names and values mean is options.js's business.

const ID = /[A-Za-z_][A-Za-z0-9_]*/y;
// A value runs to the next delimiter; whether it is a number or a choice is checked with its meaning.
const VALUE = /[^\s,()=]+/y;

const shown = (text) => JSON.stringify(text);

function scanner(text) {
  let position = 0;
  const skipSpace = () => {
    while (/\s/.test(text[position] ?? "")) position++;
  };
  return {
    done: () => (skipSpace(), position >= text.length),
    // The next token matching `pattern`, or null.
    read(pattern) {
      skipSpace();
      pattern.lastIndex = position;
      const match = pattern.exec(text);
      if (!match) return null;
      position += match[0].length;
      return match[0];
    },
    // Consumes `symbol` if it comes next.
    take(symbol) {
      skipSpace();
      if (text[position] !== symbol) return false;
      position++;
      return true;
    },
    fail(expected) {
      skipSpace();
      const found =
        position < text.length
          ? `unexpected ${shown(text[position])}`
          : "the text ends";
      throw new SyntaxError(
        `${found} at character ${position + 1} of ${shown(text)}; expected ${expected}`,
      );
    },
  };
}

// `name = value`, as written.
function readArgument(scan) {
  const name = scan.read(ID) ?? scan.fail("a parameter name");
  if (!scan.take("=")) scan.fail(`"=" after ${name}`);
  const value = scan.read(VALUE) ?? scan.fail(`a value for ${name}`);
  return { name, value };
}

function readArguments(scan, id) {
  const args = [];
  if (scan.take(")")) return args;
  for (;;) {
    if (scan.done()) scan.fail(`")" to close ${id}(`);
    args.push(readArgument(scan));
    if (scan.take(")")) return args;
    if (!scan.take(","))
      scan.fail(scan.done() ? `")" to close ${id}(` : `"," or ")"`);
  }
}

// [{ id, args: [{ name, value }] }] from one string; throws SyntaxError naming the place.
export function parseFunctionCalls(text) {
  const scan = scanner(text);
  const calls = [];
  while (!scan.done()) {
    if (scan.take(",")) continue;
    const id = scan.read(ID) ?? scan.fail("a function id such as relu");
    const args = scan.take("(") ? readArguments(scan, id) : [];
    calls.push({ id, args });
    if (!scan.done() && !scan.take(",")) scan.fail(`"," or "(" after ${id}`);
  }
  return calls;
}
