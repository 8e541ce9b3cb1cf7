import type { Db } from './database';
import type { Role, UserRow } from './schema';

/** A user as the rest of the app sees it: never the password hash. */
export interface User {
  id: number;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export const toUser = (row: Omit<UserRow, 'password_hash'>): User => ({
  id: row.id,
  name: row.name,
  role: row.role,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
});

const publicColumns = ['id', 'name', 'role', 'disabled', 'created_at', 'updated_at'] as const;

export async function insertUser(db: Db, input: { name: string; passwordHash: string; role: Role }, now = new Date()): Promise<User> {
  const stamp = now.toISOString();
  const row = await db
    .insertInto('users')
    .values({ name: input.name, password_hash: input.passwordHash, role: input.role, created_at: stamp, updated_at: stamp })
    .returning(publicColumns)
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function findUserByName(db: Db, name: string): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function getUser(db: Db, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(publicColumns).where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function getPasswordHash(db: Db, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash;
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').select(publicColumns).orderBy('name').execute();
  return rows.map(toUser);
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateUser(
  db: Db,
  id: number,
  changes: { role?: Role; disabled?: boolean; passwordHash?: string },
  now = new Date(),
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.disabled !== undefined && { disabled: changes.disabled ? 1 : 0 }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}
