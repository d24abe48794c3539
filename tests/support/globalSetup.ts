import { FAKE_HOST_ENV, fakeHostBundle } from "../e2e/fakeHostBundle";

/**
 * Once per jest run, before any worker starts: the browser tests' fake Office host is bundled
 * here (or read from its cache) and every browser test file serves that one file. Workers start
 * after this and inherit the environment variable.
 */
export default async function globalSetup(): Promise<void> {
  process.env[FAKE_HOST_ENV] ??= await fakeHostBundle();
}
