// Quantifiers are bounded: bodies may reflect a 1 MB hostile value, and an unbounded pattern would be quadratic.
// What must never reach a response: a stack frame, a server path, an exception name, Prisma or PostgreSQL internals.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

const PATTERNS: Array<[string, RegExp]> = [
  ['stack frame', /\bat (?:async )?[\w$.<>[\] ]{0,120}\(?(?:file:\/\/|\/)[^)\s]{0,300}:\d+:\d+/],
  ['project path', new RegExp(root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))],
  ['node_modules', /node_modules[\\/]/],
  ['source file', /[\w/-]{1,80}\.(?:ts|ejs|mjs):\d+/],
  ['exception', /\b(?:ReferenceError|TypeError|SyntaxError|RangeError|URIError|PayloadTooLargeError|MulterError)\b/],
  ['template failure', /is not defined\b/],
  ['prisma', /PrismaClient|Invalid `prisma|prisma\.\w+\.\w+\(\)|DriverAdapterError/],
  ['sql', /syntax error at or near|violates (?:check|foreign key|unique|not-null) constraint|invalid byte sequence for encoding|ECONNREFUSED/],
];

/** The kinds of internal detail found in a response body (empty when clean). */
export function leaksInternals(body: string): string[] {
  return PATTERNS.filter(([, re]) => re.test(body)).map(([name]) => name);
}
