// One reusable buffer in the WebAssembly heap for the data of a call: it grows when a call needs
// more and is otherwise kept, so repeated calls do not allocate.

// malloc takes a signed 32-bit size.
const MAX_BYTES = 2 ** 31 - 1;

export function createScratch(module) {
  let address = 0;
  let capacity = 0;

  // Returns the address (never 0) of at least `bytes` bytes, 8-byte aligned. Memory may grow
  // here, which detaches earlier heap views: read module.HEAPF64 etc. afresh afterwards.
  function reserve(bytes) {
    if (bytes <= capacity && address) return address;
    if (address) module._free(address);
    address = bytes <= MAX_BYTES ? module._malloc(bytes) : 0;
    capacity = address ? bytes : 0;
    if (!address) {
      throw new Error(
        `out of memory: cannot allocate ${bytes} bytes in the WebAssembly heap`,
      );
    }
    return address;
  }

  return { reserve };
}
