// node:test's test(), after() and before() on mocha's globals. scripts/mutation-build.mjs bundles the unit tests
// with this in place of node:test, so that Stryker's mocha runner runs them in one process and knows which test
// reaches which mutant (the test-file-per-process runner spawns every file again for every mutant).
export function test(name, options, fn) {
  if (typeof options === 'function') [fn, options] = [options, {}];
  if (options?.skip || options?.todo) return globalThis.it.skip(name);
  globalThis.it(name, function () {
    const skip = () => this.skip();
    return fn({ name, skip, todo: skip, diagnostic() {}, plan() {} });
  });
}
export const it = test;
export const after = (fn) => globalThis.after(fn);
export const before = (fn) => globalThis.before(fn);
export const afterEach = (fn) => globalThis.afterEach(fn);
export const beforeEach = (fn) => globalThis.beforeEach(fn);
export const describe = (name, fn) => globalThis.describe(name, fn);
export default test;
