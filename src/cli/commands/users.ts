import type { Command } from 'commander';
import { createUser } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { openConfigured, run } from '../context.ts';

const ROLES = ['operator', 'merchant', 'buyer', 'agent', 'customs', 'regulator', 'department'] as const;
type Role = (typeof ROLES)[number];
export const MIN_PASSWORD_LENGTH = 10;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    const b = Buffer.isBuffer(c) ? c : Buffer.from(String(c));
    size += b.length;
    if (size > 4096) throw new AppError('VALIDATION', 'the password on standard input is longer than 4 KB');
    chunks.push(b);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** `yiwu user create`: the way to make the first operator of a real (non-demo) database. */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('user accounts');
  user
    .command('create')
    .description('create a user; the password is read from standard input (or $YIWU_NEW_PASSWORD), never from the command line')
    .requiredOption('--username <name>', 'sign-in name (lower case)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--entity <id>', 'the market entity the user acts for (merchants, buyers, agents; the authority of a department user)')
    .option('--name <text>', 'display name')
    .action((o: { username: string; role: string; entity?: string; name?: string }) =>
      run(async () => {
        if (!ROLES.includes(o.role as Role)) throw new AppError('VALIDATION', `--role must be one of ${ROLES.join(', ')}, not ${o.role}`);
        const entityId = o.entity === undefined ? null : Number(o.entity);
        if (entityId !== null && !(Number.isInteger(entityId) && entityId > 0))
          throw new AppError('VALIDATION', `--entity must be an entity id, not ${o.entity}`);
        const password = process.env.YIWU_NEW_PASSWORD ?? (await readStdin());
        if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('VALIDATION', `the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
        const database = await openConfigured();
        try {
          const id = await createUser(database.db, {
            username: o.username.trim().toLowerCase(),
            password,
            role: o.role as Role,
            entityId,
            ...(o.name ? { displayName: o.name } : {}),
          });
          process.stdout.write(`created user ${o.username} (id ${id}, ${o.role})\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
