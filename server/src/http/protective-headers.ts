import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Protective headers on the console and the API: no sniffing, no framing by
 * other sites, no referrer, and a Content-Security-Policy the console runs
 * under (its styles are injected at run time, hence 'unsafe-inline' for
 * styles only). No HSTS and no upgrade of requests: a village office may
 * reach the server over plain HTTP on its own network; a TLS proxy sets those.
 */
const helmetHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  strictTransportSecurity: false,
  xFrameOptions: { action: "deny" },
  referrerPolicy: { policy: "no-referrer" },
});

/**
 * helmet's headers, worked out once: with no nonces they are the same for
 * every answer, and its chain of fourteen middlewares cost every request
 * about 1 % of the by-id read's CPU.
 */
export function protectiveHeaders(): RequestHandler {
  const headers: [string, string][] = [];
  const collector = {
    setHeader: (name: string, value: string | number | readonly string[]) => void headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  (helmetHeaders as unknown as (req: unknown, res: unknown, next: (error?: unknown) => void) => void)({}, collector, (error) => {
    if (error) throw error;
  });
  if (headers.length === 0) throw new Error("helmet set no headers");
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
