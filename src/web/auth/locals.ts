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

/** Who is looking: decides whether private documents exist for this request. */
export interface Viewer {
  user: User | null;
}

export function viewerOf(res: { locals: { user?: User } }): Viewer {
  return { user: res.locals.user ?? null };
}
