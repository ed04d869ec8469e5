// npm run superadmin:create -- --email you@example.com [--first-name A --last-name B] [--password …]
// Creates a superadmin in DATABASE_URL, or makes an existing account one. Without --password it asks for one
// on a terminal, and otherwise generates a strong one and prints it once.
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { Email } from '@/lib/schemas/auth';
import { passwordProblem } from '@/lib/server/auth/password-policy';
import { createSuperadmin, promoteToSuperadmin } from '@/lib/services/admin/create-superadmin';

const USAGE =
  'Usage: npm run superadmin:create -- --email <e-mail> [--first-name <name>] [--last-name <name>] ' +
  '[--password <password>]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    let asked = false;
    out._writeToOutput = (s: string) => {
      if (!asked) process.stdout.write(s);
      asked = true;
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function promptPassword(email: string): Promise<string> {
  for (;;) {
    const password = await askHidden('Password for the new superadmin: ');
    const problem = passwordProblem(password, email);
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await askHidden('Repeat the password: ')) === password) return password;
    console.error('The passwords do not match; try again.');
  }
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    'first-name': { type: 'string' },
    'last-name': { type: 'string' },
    password: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const parsedEmail = Email.safeParse(values.email ?? '');
if (!parsedEmail.success) fail(`${parsedEmail.error.issues[0]?.message ?? 'E-mail is required'}\n${USAGE}`);
const email = parsedEmail.data;
const url = process.env.DATABASE_URL;
if (!url) fail('DATABASE_URL is not set: point it at the database to create the superadmin in.');
if (values.password !== undefined) {
  const problem = passwordProblem(values.password, email);
  if (problem) fail(`--password: ${problem}`);
}

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
const actor = { label: 'command line (superadmin:create)' };
try {
  const promoted = await promoteToSuperadmin(prisma, email, actor);
  if (promoted?.outcome === 'already_superadmin') {
    console.log(`${email} is already a superadmin (user ${promoted.userId}); nothing changed.`);
  } else if (promoted) {
    console.log(`${email} already had an account (user ${promoted.userId}): it is now a superadmin.`);
    console.log('Its password was not changed.');
  } else {
    let password = values.password;
    let generated = false;
    if (password === undefined && process.stdin.isTTY) password = await promptPassword(email);
    if (password === undefined) {
      password = randomBytes(18).toString('base64url');
      generated = true;
    }
    const firstName = values['first-name']?.trim() || 'Platform';
    const lastName = values['last-name']?.trim() || 'Admin';
    const { userId } = await createSuperadmin(prisma, { email, firstName, lastName, password }, actor);
    console.log(`Created superadmin ${email} (user ${userId}).`);
    if (generated) {
      console.log(`Generated password (shown only this once; store it now): ${password}`);
    }
  }
} catch (error) {
  fail(`Could not create the superadmin: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await prisma.$disconnect();
}
