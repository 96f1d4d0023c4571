// How every command-line entry point ends: its exit code, or one line naming the error (never a stack trace for a
// configuration mistake) and exit code 1.
import { EnvError } from '../config/env.ts';

/** Runs a command's main function and exits the process with its code; an error prints its message only. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof EnvError ? error.message : error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
