// Native ES modules, no transform: run with NODE_OPTIONS=--experimental-vm-modules.
export default {
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/**/*.test.js"],
  transform: {},
};
