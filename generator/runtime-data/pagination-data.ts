/**
 * `x-specforge-pagination` as the runtime's `PaginationSpec` (templates/runtime/operation.ts) takes it, body paths as
 * arrays; test/types/runtime-data.test-d.ts checks it against the runtime's type.
 */

/** A path into a JSON body, e.g. `["data", "items"]`. */
export type BodyPathData = readonly string[];

/** How a list operation pages, by style. */
export type PaginationData =
  | { readonly style: "next-link"; readonly items: BodyPathData; readonly next: BodyPathData }
  | { readonly style: "link-header"; readonly items?: BodyPathData | undefined }
  | {
      readonly style: "page";
      readonly items: BodyPathData;
      readonly pageParam: string;
      readonly firstPage?: number | undefined;
      readonly totalPages?: BodyPathData | undefined;
    }
  | {
      readonly style: "offset";
      readonly items: BodyPathData;
      readonly offsetParam: string;
      readonly limitParam?: string | undefined;
      readonly total?: BodyPathData | undefined;
    }
  | {
      readonly style: "cursor";
      readonly items: BodyPathData;
      readonly cursorParam: string;
      readonly nextCursor: BodyPathData;
    }
  | {
      readonly style: "range";
      readonly unit: string;
      readonly pageSize?: number | undefined;
      readonly items?: BodyPathData | undefined;
      readonly format?: "standard" | "dotted" | undefined;
      readonly order?: "asc" | "desc" | undefined;
    };
