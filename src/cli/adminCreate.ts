// npm run admin:create -- --username <name> [--school-name "<name>"] : creates the first administrator of a
// deployment (no default production password). The password is read from ADMIN_PASSWORD or typed at the prompt
// (hidden), or, with --generate, generated and printed once.
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadEnv } from '../config/env.ts';
import { runCli, withCliDatabase } from './cliRuntime.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../features/auth/passwords.ts';
import { createAdmin } from '../features/users/createAdmin.ts';

function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WritableStream };
  output._writeToOutput = (s: string) => output.output.write(s.includes(question) ? s : '');
  return new Promise((resolve) =>
    rl.question(question, (a) => {
      rl.close();
      process.stdout.write('\n');
      resolve(a);
    }),
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { username: { type: 'string' }, 'school-name': { type: 'string' }, generate: { type: 'boolean', default: false } } });
  const username = values.username?.trim().toLowerCase();
  if (!username || !/^[a-z0-9._-]{3,40}$/.test(username)) {
    console.error('Usage: npm run admin:create -- --username <name> [--school-name "Trường …"] [--generate]');
    return 2;
  }
  const env = loadEnv();
  const password = values.generate ? randomBytes(12).toString('base64url') : (env.ADMIN_PASSWORD ?? (process.stdin.isTTY ? await ask('Password: ') : ''));
  if (password.length < MIN_PASSWORD_LENGTH) {
    console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters (ADMIN_PASSWORD, the prompt, or --generate).`);
    return 2;
  }
  const passwordHash = await hashPassword(password);
  return withCliDatabase(async (prisma) => {
    const result = await createAdmin(prisma, { username, passwordHash, schoolName: values['school-name'] }, new Date());
    console.log(`Administrator "${username}" created${result.createdSchool ? ` with a new school "${result.schoolName}"` : ''}.`);
    if (values.generate) console.log(`Password (shown once): ${password}`);
    return 0;
  });
}

runCli(main);
