/**
 * Stands in, in the Lambda bundles, for the SDK's pure-JavaScript SHA-256, SHA-1 and MD5 (Sha256Js, Sha1Js,
 * Md5Js) where the Node hash classes import them: see nodeHashOnlyPlugin in node-hash-only.ts. Each Node
 * class is `hasNativeCrypto ? <node:crypto class> : <JS class>`, where hasNativeCrypto is whether
 * `createHash(name)` succeeds; Node always has SHA-256 and SHA-1 (MD5 is missing only from a FIPS-only
 * OpenSSL, which the Lambda runtime does not use, and no operation the handlers call needs MD5), so the
 * JavaScript classes (7 KiB, parsed at every cold start) never run. Should one be reached anyway, it
 * fails with this message instead of hashing.
 */
function unavailable(algorithm: string): never {
  throw new Error(
    `node:crypto cannot compute ${algorithm} here, and the SDK's JavaScript ${algorithm} is left out of the Lambda bundle (infra/bundling/node-hash-only.ts)`,
  );
}

export class Sha256Js {
  constructor() {
    unavailable('SHA-256');
  }
}

export class Sha1Js {
  constructor() {
    unavailable('SHA-1');
  }
}

export class Md5Js {
  constructor() {
    unavailable('MD5');
  }
}
