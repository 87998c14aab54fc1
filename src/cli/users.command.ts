import { createPeopleService } from '../modules/people/people.service.ts';
import { readStdin, withDatabase } from './context.ts';

export async function usersCreateCommand(opts: { email: string; role: string; scope?: string; name?: string; locale: string }) {
  const password = (await readStdin()).split(/\r?\n/)[0] ?? '';
  await withDatabase(async (database) => {
    const people = createPeopleService({ db: database.db });
    const user = await people.createUser(
      {
        email: opts.email,
        displayName: opts.name ?? opts.email,
        password,
        role: opts.role,
        scope: opts.scope,
        locale: opts.locale === 'en' ? 'en' : 'ja',
      },
      null,
    );
    console.log(`Created user ${user.id} <${user.email}> as ${user.role}${user.scopeId ? ` (${user.scopeType} ${user.scopeId})` : ''}.`);
  });
}

export async function usersListCommand() {
  await withDatabase(async (database) => {
    const rows = await createPeopleService({ db: database.db }).listUsers();
    for (const r of rows) {
      console.log(
        `${String(r.id).padStart(5)}  ${r.email.padEnd(36)} ${(r.role ?? '-').padEnd(10)} ${r.scopeType ?? ''}${r.scopeId ? `:${r.scopeId}` : ''}${r.active ? '' : ' (inactive)'}`,
      );
    }
  });
}
