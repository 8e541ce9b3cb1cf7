import request from 'supertest';
import { issueApiToken } from '../../src/accounts/api-tokens';
import { createUser } from '../../src/accounts/users';
import type { Role } from '../../src/store/schema';
import type { User } from '../../src/store/users';
import type { TestContext } from './app';

export const TEST_PASSWORD = 'correct horse battery';

let counter = 0;

/** What user helpers need: any app instance's database and settings. */
type Library = Pick<TestContext, 'db' | 'config'>;

export async function createTestUser(ctx: Library, options: { name?: string; role?: Role; password?: string } = {}): Promise<User> {
  counter += 1;
  return createUser(
    ctx.db,
    { name: options.name ?? `user${counter}`, password: options.password ?? TEST_PASSWORD, role: options.role ?? 'editor' },
    ctx.config.accounts,
  );
}

export interface SignedIn {
  agent: request.Agent;
  user: User;
  /** The session's CSRF token, as pages render it into `<meta name="csrf-token">`. */
  csrf: string;
}

export function csrfFrom(html: string): string {
  const match = /<meta name="csrf-token" content="([^"]*)">/.exec(html);
  if (!match) throw new Error('The page has no csrf-token meta element.');
  return match[1];
}

/** Signs in through the real form, as a browser does, and returns the agent with its cookies. */
export async function signedInAgent(ctx: Pick<TestContext, 'app' | 'db' | 'config'>, options: { role?: Role; name?: string } = {}): Promise<SignedIn> {
  const user = await createTestUser(ctx, options);
  const agent = request.agent(ctx.app);
  const form = await agent.get('/signin').expect(200);
  await agent
    .post('/signin')
    .type('form')
    .send({ _csrf: csrfFrom(form.text), name: user.name, password: TEST_PASSWORD })
    .expect(303);
  const page = await agent.get('/account').expect(200);
  return { agent, user, csrf: csrfFrom(page.text) };
}

/** A personal API token for a new editor (or the given role). */
export async function apiToken(ctx: Library, options: { role?: Role } = {}): Promise<string> {
  const user = await createTestUser(ctx, options);
  return (await issueApiToken(ctx.db, user.id, 'tests')).token;
}

/** A state-changing request from a signed-in agent, carrying its CSRF token. */
export function postAs(signedIn: SignedIn, path: string): request.Test {
  return signedIn.agent.post(path).set('x-csrf-token', signedIn.csrf);
}
