// Distance in units in the last place between doubles; the sign of a zero does not count.
const scratch = new Float64Array(1);
const asInteger = new BigInt64Array(scratch.buffer);

// Doubles map to integers in the same order, consecutive doubles to consecutive integers.
function ordinal(x) {
  scratch[0] = x;
  const bits = asInteger[0];
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

export function ulpDistance(actual, expected) {
  if (Number.isNaN(expected) || Number.isNaN(actual)) {
    return Number.isNaN(expected) && Number.isNaN(actual) ? 0 : Infinity;
  }
  const distance = ordinal(actual) - ordinal(expected);
  return Number(distance < 0n ? -distance : distance);
}
