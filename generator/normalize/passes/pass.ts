/** An IR → IR step of normalization. Each pass is a small file with its own test. */
import type { Api } from "../ir.js";

export interface Pass {
  name: string;
  run(api: Api): Api;
}
