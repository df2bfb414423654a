// The module these tests load is built from the C++ sources as they are now, and the check the
// browser tests make (tests/browser/harness.js) catches a stale core or embed.
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { CORE_BUILD, EMBED_BUILD, staleBuild } from "./support/fresh.js";

test("web/generated/activation-core.* is newer than every file of cpp/ and CMakeLists.txt", () => {
  expect(staleBuild([CORE_BUILD])).toBeNull();
});

describe("staleBuild", () => {
  let root;
  // Writes `file` under root, modified `age` seconds ago.
  function write(file, age) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, "");
    const time = Date.now() / 1000 - age;
    utimesSync(path, time, time);
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "fresh-"));
    write("CMakeLists.txt", 100);
    write("cpp/core/curve.cpp", 90);
    write("cpp/bindings/embind.cpp", 90);
    for (const file of ["web/core/core.js", "web/widget/a.js", "web/embed.js"])
      write(file, 80);
    write("web/generated/activation-core.js", 50);
    write("web/generated/activation-core.wasm", 50);
    write("web/generated/activation-plot.js", 10);
    write("web/generated/embed-page.js", 10);
  });
  afterEach(() => rmSync(root, { recursive: true }));

  const builds = [CORE_BUILD, EMBED_BUILD];

  test("fresh builds pass", () => {
    expect(staleBuild(builds, root)).toBeNull();
  });

  test("a C++ source edited after the module was built", () => {
    write("cpp/core/curve.cpp", 20);
    expect(staleBuild(builds, root)).toBe(
      "web/generated/activation-core.js is older than cpp/core/curve.cpp: run bash .ci/build.sh",
    );
  });

  test("CMakeLists.txt edited after the module was built", () => {
    write("CMakeLists.txt", 20);
    expect(staleBuild([CORE_BUILD], root)).toMatch(
      /older than CMakeLists\.txt/,
    );
  });

  test("a module rebuilt after the embed that bundles it", () => {
    write("web/generated/activation-core.wasm", 5);
    expect(staleBuild(builds, root)).toBe(
      "web/generated/activation-plot.js is older than web/generated/activation-core.wasm: run bash .ci/build.sh",
    );
  });

  test("a missing module", () => {
    rmSync(join(root, "web/generated/activation-core.wasm"));
    expect(staleBuild(builds, root)).toBe(
      "web/generated/activation-core.wasm is missing: run bash .ci/build.sh",
    );
  });
});
