import { DatabaseInUseError } from "../src/embedded/lock";

/**
 * Runs a command-line task and exits: expected failures print one actionable line instead of a
 * stack, and the exit does not wait for timers the wasm schema engine leaves running (its
 * 10-second advisory-lock timeout).
 */
export async function runScript(task: () => Promise<void>): Promise<never> {
  try {
    await task();
    process.exit(0);
  } catch (error) {
    console.error(error instanceof DatabaseInUseError ? error.message : error);
    process.exit(1);
  }
}
