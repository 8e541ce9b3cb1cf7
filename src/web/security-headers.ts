import helmet from 'helmet';

/**
 * A strict Content-Security-Policy: scripts and styles only from our own
 * files, nothing inline, no plugins, no framing, forms post only to us.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Same-origin referrers only: reader URLs can name private documents.
    referrerPolicy: { policy: 'same-origin' },
  });
}
