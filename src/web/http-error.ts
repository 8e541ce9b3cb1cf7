/** An error that already knows its HTTP status and a stable code for API clients. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what = 'page') => new HttpError(404, 'not_found', `No such ${what}.`);
