// How much time and memory one import parse may take in its worker, and how many may run at once. Generous for
// the largest real file (50,000 rows parse in a few seconds and well under 300 MB) and far below what would hurt
// the other users of a small school server.
export interface ParseLimits {
  timeoutMs: number;
  maxMemoryMb: number;
}

export const PARSE_LIMITS: ParseLimits = { timeoutMs: 60_000, maxMemoryMb: 512 };

/** The command line serves nobody else: the same memory limit, but time for a first bulk load on a slow machine. */
export const CLI_PARSE_LIMITS: ParseLimits = { timeoutMs: 10 * 60_000, maxMemoryMb: 512 };

/** Parses running at once; the rest wait their turn (a school server often has 2 cores). */
export const MAX_CONCURRENT_PARSES = 2;
