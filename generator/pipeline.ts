/**
 * The pipeline, as one ordered table: each row is a stage, what it reads, what it makes. The named hand-offs are in
 * pipeline/artifacts.ts, each stage's code in its own folder, and pipeline/run-stages.ts runs the table (a row
 * starts when what it reads is made; `awaits` hands a row an artifact still in the making).
 */
import { checkFreshness } from "./cache/cache-stage.js";
import { emitStage } from "./emit/emit-stage.js";
import { typesStage } from "./emit/types-stage.js";
import { formatStage } from "./format/format-stage.js";
import { loadStage } from "./load/load-stage.js";
import { upgradeStage } from "./load/upgrade-stage.js";
import { normalizeStage } from "./normalize/normalize-stage.js";
import { stage } from "./pipeline/stage.js";
import { validateSemanticsStage, validateStructureStage } from "./validate/validate-stage.js";
import { writeStage } from "./write/write-stage.js";

/** cache → load → validate → upgrade → validate → normalize → types → emit → format → write. */
export const PIPELINE = [
  stage({ name: "cache", reads: ["request"], makes: "freshness", run: checkFreshness }),
  stage({ name: "load", reads: ["request", "freshness"], makes: "source", run: loadStage }),
  stage({ name: "validate", reads: ["source"], makes: "structured", run: validateStructureStage }),
  stage({ name: "upgrade", reads: ["structured"], makes: "openapi", run: upgradeStage }),
  stage({ name: "validate", reads: ["openapi"], makes: "checked", run: validateSemanticsStage }),
  stage({ name: "normalize", reads: ["request", "checked"], makes: "api", run: normalizeStage }),
  stage({ name: "types", reads: ["checked"], makes: "schemaTypes", run: typesStage }),
  stage({ name: "emit", reads: ["api", "checked"], awaits: ["schemaTypes"], makes: "emitted", run: emitStage }),
  stage({ name: "format", reads: ["emitted"], makes: "files", run: formatStage }),
  stage({ name: "write", reads: ["request", "freshness", "source", "files"], makes: "written", run: writeStage }),
] as const;
