/** The hourly rate limit per access key: `RateLimit-*` headers on every authenticated response, 429 past the limit. */
import { fail, type Reply } from "./mock-http.js";

/** How many requests a key may make per window, and how long a window lasts. */
export interface RateLimitSettings {
  readonly limit: number;
  readonly windowMs: number;
}

/** The documented limit: 5,000 requests per hour. */
export const DOCUMENTED_LIMIT: RateLimitSettings = { limit: 5000, windowMs: 3_600_000 };

interface Window {
  readonly resetAt: number;
  used: number;
}

/** Counts requests per key in fixed windows that start with the key's first request. */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  settings: RateLimitSettings;

  constructor(
    settings: RateLimitSettings,
    private readonly now: () => number,
  ) {
    this.settings = settings;
  }

  /** Counts one request: its headers, and the 429 reply when the window is used up. */
  take(keyId: string): { headers: Record<string, string>; refused?: Reply } {
    const now = this.now();
    let window = this.#windows.get(keyId);
    if (window === undefined || now >= window.resetAt) {
      window = { resetAt: Math.ceil((now + this.settings.windowMs) / 1000) * 1000, used: 0 };
      this.#windows.set(keyId, window);
    }
    const allowed = window.used < this.settings.limit;
    if (allowed) window.used++;
    const headers = {
      "RateLimit-Limit": String(this.settings.limit),
      "RateLimit-Remaining": String(this.settings.limit - window.used),
      "RateLimit-Reset": String(window.resetAt / 1000),
    };
    if (allowed) return { headers };
    const message = "Your account reached the API rate limit. Please wait a few minutes before making new requests";
    return {
      headers,
      refused: fail(429, message, { url: "http://docs.sitestacker.com/articles/api#rate-limits" }, headers),
    };
  }

  /** Uses up the current window of a key (the next request is answered 429). */
  exhaust(keyId: string): void {
    this.take(keyId);
    this.#windows.get(keyId)!.used = this.settings.limit;
  }
}
