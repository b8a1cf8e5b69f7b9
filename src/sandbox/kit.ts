/** Small pieces every vendor sandbox uses. */

/** How many entries a sandbox keeps in any one of its memories (nonces, tokens, accounts). */
export const SANDBOX_MEMORY_MAX = 100_000;

/**
 * Remembers nonces (or sequence ids) until `2 × windowMs` after they were seen (a timestamp may be
 * a whole window early or late), in the sandbox's clock. At most `max` are kept (the oldest go
 * first), so memory stays bounded whatever the request rate; a clock that goes back only makes a
 * remembered key count as seen for longer. Keys are kept in a Map and, in the order they were
 * seen, in a queue: expired keys (and, past `max`, the oldest) leave from the queue's head as new
 * ones arrive. Nothing is iterated from a Map's start (which, after many deletions, walks over
 * every deleted slot), no per-key timers, nothing allocated up front.
 */
export function createReplayGuard(windowMs: number, max = SANDBOX_MEMORY_MAX) {
  const seen = new Map<string, number>();
  // The queue, as two arrays side by side (no object per key): keys, and until when each is kept.
  let keys: string[] = [];
  let untils: number[] = [];
  let head = 0;
  const forgetOld = (nowMs: number) => {
    while (head < keys.length) {
      const key = keys[head] as string;
      const until = untils[head] as number;
      // A key seen again after it expired has a newer entry further on: this one is stale.
      const current = seen.get(key) === until;
      if (current && until > nowMs && seen.size <= max) break;
      if (current) seen.delete(key);
      head++;
    }
    if (head > 1024 && head * 2 > keys.length) {
      keys = keys.slice(head);
      untils = untils.slice(head);
      head = 0;
    }
  };
  return {
    /** True when the key was new (and is now remembered); false for a replay. */
    remember(key: string, nowMs: number): boolean {
      const known = seen.get(key);
      if (known !== undefined && known > nowMs) return false;
      const until = nowMs + 2 * windowMs;
      seen.set(key, until);
      keys.push(key);
      untils.push(until);
      forgetOld(nowMs);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}

/** The spec mock's reason for refusing a request (Prism's wording), or a generic one. */
export function prismDetail(mocked: { body: unknown }): string {
  const detail = (mocked.body as { detail?: unknown } | null)?.detail;
  return typeof detail === "string" && detail ? detail : "request does not match the API";
}

/** The request body as JSON, or the raw text when it is not JSON, or undefined when empty. */
export function parseBody(rawBody: Buffer): unknown {
  if (rawBody.length === 0) return undefined;
  try {
    return JSON.parse(rawBody.toString("utf8"));
  } catch {
    return rawBody.toString("utf8");
  }
}

/** Sandbox-only response header: the reason a request was refused (vendors whose envelope has no message field). */
export const DETAIL_HEADER = "x-iotdock-detail";
/**
 * Sandbox-only response header on a signature mismatch: the string to sign the sandbox computed,
 * secrets left out, percent-encoded (header values are ASCII). Compare it with your own.
 */
export const STRING_TO_SIGN_HEADER = "x-iotdock-string-to-sign";
