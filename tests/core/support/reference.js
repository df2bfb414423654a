// Reads tests/reference/vectors/<id>.txt: params<TAB>x<TAB>value<TAB>derivative in float.hex().
import { existsSync, readFileSync } from "node:fs";

const VECTORS = new URL("../../reference/vectors/", import.meta.url);

const bits = new BigUint64Array(1);
const asDouble = new Float64Array(bits.buffer);

function powerOfTwo(exponent) {
  bits[0] = BigInt(exponent + 1023) << 52n;
  return asDouble[0];
}

// Python's float.hex(): [-]0xH.HHHHp±E, or nan, inf, -inf. Exact for every double: the
// significand has at most 53 bits and the scaling by 2^E is a single exact product.
export function parseHexFloat(text) {
  if (text === "nan") return NaN;
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  const match = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(text);
  if (!match) throw new Error(`not a float.hex() number: '${text}'`);
  const [, sign, leading, fraction, exponent] = match;
  const significand =
    Number(leading) + parseInt(fraction, 16) / 16 ** fraction.length;
  const magnitude = significand * powerOfTwo(Number(exponent));
  return sign ? -magnitude : magnitude;
}

export function vectorsPath(id) {
  return new URL(`${id}.txt`, VECTORS);
}

export function hasVectors(id) {
  return existsSync(vectorsPath(id));
}

// Cases grouped by parameter values: [{ params: number[], x, value, derivative }] per group.
export function readVectors(id) {
  const groups = new Map();
  const lines = readFileSync(vectorsPath(id), "utf8").split("\n");
  lines.forEach((line, index) => {
    if (line === "" || line.startsWith("#")) return;
    const columns = line.split("\t");
    if (columns.length !== 4) {
      throw new Error(`${id}.txt line ${index + 1}: expected 4 columns`);
    }
    const [params, x, value, derivative] = columns;
    if (!groups.has(params)) groups.set(params, []);
    groups.get(params).push({
      x: parseHexFloat(x),
      value: parseHexFloat(value),
      derivative: parseHexFloat(derivative),
      line: index + 1,
    });
  });
  return [...groups].map(([params, cases]) => ({
    params: params === "" ? [] : params.split(",").map(parseHexFloat),
    cases,
  }));
}

// Catalogue-order values as the { name: value } object the API takes.
export function paramsObject(fn, values) {
  return Object.fromEntries(
    fn.parameters.map((parameter, i) => [
      parameter.name,
      parameter.choices.length ? parameter.choices[values[i]] : values[i],
    ]),
  );
}
