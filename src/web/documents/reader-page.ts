/**
 * The whole reader page as an anonymous visitor gets it, kept as ready bytes per document and
 * interface language (see ../page-cache.ts). Nothing in it belongs to one visitor: no CSRF token
 * (a visitor needs one only on the sign-in page, which hands it out), no user menu beyond
 * "Sign in". Signed-in users get the page rendered for them (routes.ts).
 */
import type { Request } from 'express';
import type { GlossaryService } from '../../glossary/service';
import type { DocumentRow } from '../../store/schema';
import { SUPPORTED_LANGUAGES } from '../i18n';
import type { AnswerCache, CachedAnswer } from '../page-cache';
import type { ReaderBodies } from './reader-body';

export const HTML = 'text/html; charset=utf-8';

export class ReaderPages {
  constructor(
    private readonly bodies: ReaderBodies,
    private readonly glossary: GlossaryService,
    private readonly cache: AnswerCache,
  ) {}

  /** The page of a document the loader let through (so a public one: anonymous visitors see no other). */
  async get(req: Request, document: DocumentRow): Promise<CachedAnswer> {
    const glossaryVersion = await this.glossary.version();
    // The row's revision was read by the loader, before anything the page shows.
    const stamp = `${document.revision}|${glossaryVersion}`;
    const build = async () => {
      const body = await this.bodies.get(req, document.id);
      return Buffer.from(await renderView(req, 'reader/show', anonymousLocals(req, document, body)));
    };
    return this.cache.get(`reader|${document.id}|${req.language}`, stamp, HTML, build, { ifNoneMatch: req.headers['if-none-match'] });
  }
}

/** Everything the page's templates read, for a visitor who is not signed in. */
function anonymousLocals(req: Request, document: DocumentRow, body: unknown): object {
  return {
    lng: req.language,
    t: req.t,
    path: `/documents/${document.id}`,
    languages: SUPPORTED_LANGUAGES,
    user: undefined,
    csrfToken: '',
    document,
    body,
  };
}

function renderView(req: Request, view: string, locals: object): Promise<string> {
  return new Promise((resolve, reject) => req.app.render(view, locals, (err, html) => (err ? reject(err) : resolve(html))));
}

