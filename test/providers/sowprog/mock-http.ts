/** Replies of the SOWPROG mock as data (root element + content), and the documented `message` error body. */
import type { Doc, FormatProblem } from "./mock-format.js";

/** What a handler answers; the server writes `content` as XML (root element `root`) or JSON, as negotiated. */
export interface Reply {
  readonly status: number;
  readonly root?: string;
  readonly content?: Doc;
  /** Always XML, whatever `Accept` says (the token resource). */
  readonly xmlOnly?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One documented error: `errorCode`, the dotted `element`, and `expectedFormat` for BAD_FORMAT. */
export interface ErrorMessage {
  readonly errorCode: "MANDATORY_ELEMENT" | "BAD_FORMAT" | "UNKNOWN_REFERENCE" | "BAD_VERSION" | "NOT_FOUND";
  readonly element?: string;
  readonly expectedFormat?: string;
}

/** A `<message>` reply holding `errorMessages`. */
export function message(status: number, errors: readonly ErrorMessage[]): Reply {
  return { status, root: "message", content: { errorMessages: errors.map((e) => ({ ...e })) } };
}

/** 200 with `root` holding `content`. */
export function ok(root: string, content: Doc): Reply {
  return { status: 200, root, content };
}

/** A status without a body (401, 406, 415). */
export function bare(status: number, headers: Readonly<Record<string, string>> = {}): Reply {
  return { status, headers };
}

/** BAD_FORMAT errors for the problems found while reading a body. */
export function formatErrors(problems: readonly FormatProblem[]): ErrorMessage[] {
  return problems.map((p) => ({ errorCode: "BAD_FORMAT", element: p.element, expectedFormat: p.expectedFormat }));
}

/** True when a value is a reply rather than data. */
export function isReply(value: unknown): value is Reply {
  return (
    typeof value === "object" && value !== null && "status" in value && typeof (value as Reply).status === "number"
  );
}
