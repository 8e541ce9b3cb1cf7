import type { User } from '../../store/users';

/** How the current request proved who sent it. */
export type Authentication =
  | { via: 'session'; user: User; sessionToken: string; csrfToken: string }
  | { via: 'token'; user: User };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** The signed-in user; absent for anonymous readers. */
      user?: User;
      auth?: Authentication;
      csrfToken: string;
    }
  }
}

export type { Viewer } from '../../core/model';

export function viewerOf(res: { locals: { user?: User } }): { user: User | null } {
  return { user: res.locals.user ?? null };
}
