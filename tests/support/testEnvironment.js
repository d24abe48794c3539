const { TestEnvironment } = require("jest-environment-node");

/**
 * Jest's node environment, telling the test file whether the running test has failed
 * (globalThis.__opplanTestFailed, read in afterEach hooks): the browser tests screenshot their
 * open pages only then, instead of at every step of every passing run.
 */
class FailureAwareEnvironment extends TestEnvironment {
  handleTestEvent(event) {
    if (event.name === "test_start") this.global.__opplanTestFailed = false;
    if (event.name === "test_fn_failure") this.global.__opplanTestFailed = true;
  }
}
module.exports = FailureAwareEnvironment;
