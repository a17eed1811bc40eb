// specforge runtime — copied verbatim from templates/runtime by `npm run generate`; do not edit.
/** The credentials one client knows (configured keys, passwords, client secrets, tokens as they arrive), so errors can scrub them. */

const MIN_SECRET_LENGTH = 4;
/** Tokens are rotated; only the most recent ones are kept so a long-lived client does not grow without bound. */
const MAX_DYNAMIC_SECRETS = 64;

/** Anything that can list secret values for a redactor. */
export interface SecretSource {
  readonly values: () => Iterable<string>;
}

/** The forms a secret can take on the wire or in text: raw, percent-encoded, form-encoded. */
function variantsOf(value: string): string[] {
  const out = [value];
  try {
    const encoded = encodeURIComponent(value);
    out.push(encoded, encoded.replace(/%20/g, "+"));
  } catch {
    // lone surrogates cannot be percent-encoded; the raw value is still covered
  }
  return out;
}

/** A growing set of secret values: fixed ones (from configuration) and a bounded window of rotating ones (tokens). */
export class SecretRegistry implements SecretSource {
  readonly #fixed = new Set<string>();
  #rotating: string[] = [];

  /** Registers configuration secrets (API keys, passwords, client secrets, signing keys); kept for the client's life. */
  addFixed(...values: readonly (string | undefined)[]): void {
    for (const value of values)
      if (value !== undefined && value.length >= MIN_SECRET_LENGTH)
        for (const v of variantsOf(value)) this.#fixed.add(v);
  }

  /** Registers a rotating secret (an access or refresh token, a signature); old ones fall out after a while. */
  addRotating(...values: readonly (string | undefined)[]): void {
    for (const value of values) {
      if (value === undefined || value.length < MIN_SECRET_LENGTH || this.#rotating.includes(value)) continue;
      this.#rotating.push(value);
    }
    if (this.#rotating.length > MAX_DYNAMIC_SECRETS) this.#rotating = this.#rotating.slice(-MAX_DYNAMIC_SECRETS);
  }

  /** Every known secret form. */
  values(): Iterable<string> {
    return [...this.#fixed, ...this.#rotating.flatMap(variantsOf)];
  }
}
