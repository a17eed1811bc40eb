/** Servers must use https (credentials and tokens travel with every call); loopback hosts are exempt. */
import { collectServers } from "../../validate/spec-nodes.js";
import type { LintRule } from "../lint-rule.js";

const LOOPBACK = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+|\{[^}]*\})?(\/|$)/i;

/** Reports absolute `http://` server URLs that are not loopback. */
export const serverNotHttpsRule: LintRule = {
  code: "server-not-https",
  defaultSeverity: "warning",
  summary: "a server URL uses http:// (credentials would travel unencrypted)",
  check(document, report) {
    for (const { server, at } of collectServers(document)) {
      const url = server["url"];
      if (typeof url !== "string" || !/^http:\/\//i.test(url) || LOOPBACK.test(url)) continue;
      report({
        at: [...at, "url"],
        message: `server ${JSON.stringify(url)} is not https; the client would send credentials unencrypted`,
      });
    }
  },
};
